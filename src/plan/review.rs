//! The Sunday review of one week: time per block against plan, days studied,
//! streak, items due and done, milestones reached, pace, the checkpoint due,
//! tasks to carry over and next week's focus.

use std::collections::HashSet;

use chrono::NaiveDate;
use serde::Serialize;

use super::calendar::{IsoWeek, add_days, monday_of};
use super::due::{due_in_week, due_items, latest_statuses};
use super::model::{
    CheckpointDue, DueItem, DueKind, Enrollment, ItemState, ItemStatus, Pace, Task, TimeEntry, WeekPlan,
};
use super::pace::pace_of_items;
use super::position::{plan_week, plan_weeks, planned_finish, week_at};
use super::structure::{phases_at, week_detail};
use super::week::week_plan;
use crate::roadmap::Roadmap;

/// Minutes logged on one block in the week, against the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BlockReview {
    /// Block id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Planned: the block's minutes on each study day of the week inside the plan.
    pub planned_minutes: u32,
    /// Logged.
    pub logged_minutes: u32,
}

/// The review of one Mon-Sun week.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewSummary {
    /// The Monday.
    pub monday: NaiveDate,
    /// The ISO week, serialized as `2026-W48`.
    pub iso_week: IsoWeek,
    /// The roadmap week, when the week is a plan week.
    pub week: Option<u32>,
    /// Length of the roadmap in weeks.
    pub of: u32,
    /// Per block, in the roadmap's order; time logged on a block the roadmap
    /// no longer has comes last with nothing planned.
    pub blocks: Vec<BlockReview>,
    /// Total planned minutes.
    pub planned_minutes: u32,
    /// Total logged minutes.
    pub logged_minutes: u32,
    /// Days of the week with time logged.
    pub days_studied: u32,
    /// Consecutive days with time logged, up to the week's end or today.
    pub streak: u32,
    /// Deliverables due this week, with their state.
    pub deliverables_due: Vec<DueItem>,
    /// Milestones due this week, with their state.
    pub milestones_due: Vec<DueItem>,
    /// How many of the week's due items (any kind) are done.
    pub due_done: u32,
    /// Milestones marked done during this week (whenever they were due).
    pub milestones_reached: Vec<DueItem>,
    /// Pace at the week's end (or today, if the week is not over), counting
    /// only statuses set by then.
    pub pace: Pace,
    /// The checkpoint due this week, with its questions.
    pub checkpoint: Option<CheckpointDue>,
    /// The week's tasks not done (to carry over).
    pub unfinished_tasks: Vec<Task>,
    /// The roadmap week after this one, if the plan goes on.
    pub next_week: Option<u32>,
    /// Next week's focus: its week title, else the innermost phase's focus,
    /// else its title.
    pub next_focus: Option<String>,
}

/// What the review reads besides the roadmap and the enrollment.
#[derive(Debug, Clone, Copy)]
pub struct ReviewInput<'a> {
    /// Every item status.
    pub statuses: &'a [ItemStatus],
    /// The week's time entries (others are ignored).
    pub entries: &'a [TimeEntry],
    /// The week's tasks (others are ignored).
    pub tasks: &'a [Task],
    /// Minutes per day, at least for the days before the week's end the
    /// streak reaches back to (days missing count as 0).
    pub minutes_per_day: &'a [(NaiveDate, u32)],
    /// Today.
    pub today: NaiveDate,
}

/// The review of the week holding `monday` (any day of the week may be given).
pub fn review(roadmap: &Roadmap, enrollment: &Enrollment, monday: NaiveDate, input: ReviewInput<'_>) -> ReviewSummary {
    let monday = monday_of(monday);
    let sunday = add_days(monday, 6);
    let in_week = |day: NaiveDate| (monday..=sunday).contains(&day);
    let plan = week_plan(roadmap, enrollment, input.statuses, monday);
    let week = plan.days.iter().find_map(|d| plan_week(&d.position));
    let entries: Vec<&TimeEntry> = input.entries.iter().filter(|e| in_week(e.day)).collect();
    let blocks = block_reviews(&plan, &entries);
    let studied: HashSet<NaiveDate> = entries.iter().filter(|e| e.minutes > 0).map(|e| e.day).collect();

    let due = week
        .map(|w| due_in_week(&due_items(roadmap, enrollment, input.statuses), w))
        .unwrap_or_default();
    let of_kind = |kind: DueKind| due.iter().filter(|d| d.kind == kind).cloned().collect::<Vec<_>>();

    let as_of = input.today.min(sunday);
    let known: Vec<ItemStatus> = input.statuses.iter().filter(|s| s.on <= as_of).cloned().collect();
    let items_then = due_items(roadmap, enrollment, &known);
    let latest = latest_statuses(input.statuses);
    let milestones_reached = due_items(roadmap, enrollment, input.statuses)
        .into_iter()
        .filter(|item| item.kind == DueKind::Milestone)
        .filter(|item| {
            latest
                .get(item.id.as_str())
                .is_some_and(|s| s.state == ItemState::Done && in_week(s.on))
        })
        .collect();

    let (next_week, next_focus) = next_week_focus(roadmap, enrollment, monday);
    ReviewSummary {
        monday,
        iso_week: IsoWeek::of(monday),
        week,
        of: plan_weeks(roadmap),
        planned_minutes: blocks.iter().map(|b| b.planned_minutes).sum(),
        logged_minutes: blocks.iter().map(|b| b.logged_minutes).sum(),
        blocks,
        days_studied: u32::try_from(studied.len()).unwrap_or(7),
        streak: current_streak(input.minutes_per_day, sunday, input.today),
        deliverables_due: of_kind(DueKind::Deliverable),
        milestones_due: of_kind(DueKind::Milestone),
        due_done: u32::try_from(due.iter().filter(|d| d.state == Some(ItemState::Done)).count()).unwrap_or(0),
        milestones_reached,
        pace: pace_of_items(
            &items_then,
            planned_finish(roadmap, enrollment),
            enrollment.start,
            as_of,
        ),
        checkpoint: plan.checkpoint.clone(),
        unfinished_tasks: input
            .tasks
            .iter()
            .filter(|t| !t.done && in_week(t.day))
            .cloned()
            .collect(),
        next_week,
        next_focus,
    }
}

/// Planned minutes per block summed over the week's days, and logged minutes.
fn block_reviews(plan: &WeekPlan, entries: &[&TimeEntry]) -> Vec<BlockReview> {
    let mut blocks: Vec<BlockReview> = Vec::new();
    for block in plan.days.iter().flat_map(|d| d.blocks.iter()) {
        match blocks.iter_mut().find(|b| b.id == block.id) {
            Some(review) => review.planned_minutes += block.planned_minutes,
            None => blocks.push(BlockReview {
                id: block.id.clone(),
                name: block.name.clone(),
                planned_minutes: block.planned_minutes,
                logged_minutes: 0,
            }),
        }
    }
    for entry in entries {
        match blocks.iter_mut().find(|b| b.id == entry.block) {
            Some(review) => review.logged_minutes = review.logged_minutes.saturating_add(entry.minutes),
            None => blocks.push(BlockReview {
                id: entry.block.clone(),
                name: entry.block.clone(),
                planned_minutes: 0,
                logged_minutes: entry.minutes,
            }),
        }
    }
    blocks
}

/// Consecutive days with time logged, ending on `end` or `today`, whichever
/// comes first. Today without time yet does not break the streak (the day is
/// not over): counting then starts from yesterday.
pub fn current_streak(minutes_per_day: &[(NaiveDate, u32)], end: NaiveDate, today: NaiveDate) -> u32 {
    let studied: HashSet<NaiveDate> = minutes_per_day
        .iter()
        .filter(|(_, m)| *m > 0)
        .map(|(d, _)| *d)
        .collect();
    let mut day = end.min(today);
    if day == today && !studied.contains(&day) {
        day = add_days(day, -1);
    }
    let mut streak = 0;
    while studied.contains(&day) {
        streak += 1;
        day = add_days(day, -1);
    }
    streak
}

/// The roadmap week after the week of `monday` and its focus line.
fn next_week_focus(roadmap: &Roadmap, enrollment: &Enrollment, monday: NaiveDate) -> (Option<u32>, Option<String>) {
    let next = match week_at(enrollment, add_days(monday, 7)) {
        Ok(week) | Err(week) => week,
    };
    let Some(next) = u32::try_from(next)
        .ok()
        .filter(|w| (1..=plan_weeks(roadmap)).contains(w))
    else {
        return (None, None);
    };
    let focus = week_detail(roadmap, next).map(|d| d.title.clone()).or_else(|| {
        phases_at(roadmap, next)
            .pop()
            .map(|phase| phase.focus.unwrap_or(phase.title))
    });
    (Some(next), focus)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;
    use crate::plan::model::PaceStatus;
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
level = "sprint"
title = "Foundations"
weeks = [1, 4]
focus = "Python and math"
deliverables = [{ id = "repo", title = "Repo", week = 1 }, { id = "calc", title = "Calculus notes", week = 2 }]
[[phases]]
id = "sprint-2"
level = "sprint"
title = "Deep learning"
weeks = [5, 8]
[[week_details]]
id = "week-3"
week = 3
title = "Gradient descent"
[[milestones]]
id = "first-model"
title = "First model trained"
week = 2
[[checkpoints]]
id = "check"
title = "Are you on track?"
every_weeks = 2
questions = [{ id = "q1", text = "What did you ship?" }]
"#;

    fn enrollment() -> Enrollment {
        Enrollment {
            roadmap_id: "r".into(),
            start: date(2026, 11, 23),
            daily_minutes: 120,
            paused_weeks: vec![],
        }
    }

    fn entry(day: NaiveDate, block: &str, minutes: u32) -> TimeEntry {
        TimeEntry {
            id: 0,
            day,
            block: block.into(),
            minutes,
            note: None,
        }
    }

    fn status(id: &str, state: ItemState, on: NaiveDate) -> ItemStatus {
        ItemStatus {
            item_id: id.into(),
            state,
            on,
        }
    }

    /// Week 2 (Nov 30 - Dec 6 2026) reviewed on its Sunday.
    fn week_two(
        statuses: &[ItemStatus],
        entries: &[TimeEntry],
        tasks: &[Task],
        minutes: &[(NaiveDate, u32)],
    ) -> ReviewSummary {
        let input = ReviewInput {
            statuses,
            entries,
            tasks,
            minutes_per_day: minutes,
            today: date(2026, 12, 6),
        };
        review(
            &parse_str(ROADMAP, "test").unwrap(),
            &enrollment(),
            date(2026, 12, 2),
            input,
        )
    }

    #[test]
    fn blocks_compare_logged_minutes_with_six_study_days() {
        let entries = [
            entry(date(2026, 11, 30), "learn", 30),
            entry(date(2026, 12, 1), "build", 45),
            entry(date(2026, 12, 1), "build", 20),
            entry(date(2026, 12, 2), "gone", 10),
            entry(date(2026, 12, 7), "learn", 99),
        ];
        let r = week_two(&[], &entries, &[], &[]);
        let got: Vec<_> = r
            .blocks
            .iter()
            .map(|b| (b.id.as_str(), b.planned_minutes, b.logged_minutes))
            .collect();
        assert_eq!(
            got,
            [
                ("learn", 180, 30),
                ("build", 360, 65),
                ("polish", 180, 0),
                ("gone", 0, 10)
            ]
        );
        assert_eq!((r.planned_minutes, r.logged_minutes, r.days_studied), (720, 105, 3));
        assert_eq!(r.iso_week.to_string(), "2026-W49");
        assert_eq!(r.week, Some(2));
    }

    #[test]
    fn streak_runs_back_from_the_end_and_today_without_time_does_not_break_it() {
        let minutes = [
            (date(2026, 12, 3), 30),
            (date(2026, 12, 4), 10),
            (date(2026, 12, 5), 60),
        ];
        assert_eq!(current_streak(&minutes, date(2026, 12, 6), date(2026, 12, 6)), 3);
        assert_eq!(current_streak(&minutes, date(2026, 12, 6), date(2026, 12, 20)), 0);
        assert_eq!(current_streak(&minutes, date(2026, 12, 4), date(2026, 12, 20)), 2);
        assert_eq!(week_two(&[], &[], &[], &minutes).streak, 3);
    }

    #[test]
    fn due_items_milestones_reached_checkpoint_and_pace() {
        let statuses = [
            status("repo", ItemState::Done, date(2026, 11, 28)),
            status("calc", ItemState::Done, date(2026, 12, 2)),
            status("first-model", ItemState::Done, date(2026, 12, 5)),
        ];
        let r = week_two(&statuses, &[], &[], &[]);
        assert_eq!(
            r.deliverables_due.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
            ["calc"]
        );
        assert_eq!(r.milestones_due.len(), 1);
        assert_eq!(r.due_done, 2);
        assert_eq!(
            r.milestones_reached.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
            ["first-model"]
        );
        assert_eq!(r.checkpoint.as_ref().map(|c| c.questions.len()), Some(1));
        assert_eq!(r.pace.status, PaceStatus::OnTrack);
    }

    #[test]
    fn pace_of_a_past_week_ignores_statuses_set_later() {
        let statuses = [status("repo", ItemState::Done, date(2026, 12, 20))];
        let input = ReviewInput {
            statuses: &statuses,
            entries: &[],
            tasks: &[],
            minutes_per_day: &[],
            today: date(2026, 12, 21),
        };
        let r = review(
            &parse_str(ROADMAP, "test").unwrap(),
            &enrollment(),
            date(2026, 12, 2),
            input,
        );
        assert_eq!(r.pace.settled, 0);
        assert_eq!(r.pace.status, PaceStatus::Behind);
    }

    #[test]
    fn unfinished_tasks_carry_over_and_next_week_has_a_focus() {
        let task = |id, day, done| Task {
            id,
            title: format!("t{id}"),
            day,
            done,
        };
        let tasks = [
            task(1, date(2026, 12, 1), true),
            task(2, date(2026, 12, 3), false),
            task(3, date(2026, 12, 9), false),
        ];
        let r = week_two(&[], &[], &tasks, &[]);
        assert_eq!(r.unfinished_tasks.iter().map(|t| t.id).collect::<Vec<_>>(), [2]);
        assert_eq!(
            (r.next_week, r.next_focus.as_deref()),
            (Some(3), Some("Gradient descent"))
        );
        let input = ReviewInput {
            statuses: &[],
            entries: &[],
            tasks: &[],
            minutes_per_day: &[],
            today: date(2026, 12, 13),
        };
        let r = review(
            &parse_str(ROADMAP, "test").unwrap(),
            &enrollment(),
            date(2026, 12, 7),
            input,
        );
        assert_eq!(r.next_focus.as_deref(), Some("Python and math"));
    }

    #[test]
    fn the_last_week_has_no_next_week() {
        let input = ReviewInput {
            statuses: &[],
            entries: &[],
            tasks: &[],
            minutes_per_day: &[],
            today: date(2027, 1, 17),
        };
        let r = review(
            &parse_str(ROADMAP, "test").unwrap(),
            &enrollment(),
            date(2027, 1, 11),
            input,
        );
        assert_eq!((r.week, r.next_week, r.next_focus), (Some(8), None, None));
    }
}
