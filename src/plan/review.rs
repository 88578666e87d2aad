//! The Sunday review of one week: time per block against plan, days studied
//! out of the week's study days, the streak, items due and done,
//! deliverables done this week (caught up or on time) and still open,
//! milestones reached, pace, the checkpoint due, tasks done and to carry
//! over, and next week's focus (or why no plan week follows).

use std::collections::HashSet;

use chrono::NaiveDate;
use serde::Serialize;

use super::calendar::{IsoWeek, add_days, monday_of};
use super::due::{due_items, is_settled, latest_statuses};
use super::model::{
    CheckpointDue, DueItem, DueKind, Enrollment, ItemState, ItemStatus, Pace, Task, TimeEntry, WeekPlan,
};
use super::pace::pace_of;
use super::position::plan_week;
use super::span::{plan_weeks, planned_finish};
use super::structure::{plan_phases, week_detail};
use super::study_days::{StudyDays, current_streak};
use super::week::week_plan;
use super::weeks::week_at;
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
    /// Days of the week with time logged (study days or not).
    pub days_studied: u32,
    /// The week's planned study days with time logged.
    pub study_days_studied: u32,
    /// The week's planned study days: inside the plan, not paused, on a
    /// weekday that studies.
    pub study_days_planned: u32,
    /// The streak up to the week's end or today (see `plan::study_days`):
    /// days studied in a row, days off skipped.
    pub streak: u32,
    /// Deliverables and projects due this week, with their state.
    pub deliverables_due: Vec<DueItem>,
    /// Milestones due this week, with their state.
    pub milestones_due: Vec<DueItem>,
    /// How many of the week's due items (any kind) are done.
    pub due_done: u32,
    /// Milestones marked done during this week (whenever they were due).
    pub milestones_reached: Vec<DueItem>,
    /// Deliverables and projects marked done during this week, whatever week
    /// they were due in (catching up counts), in due order.
    pub deliverables_done: Vec<DueItem>,
    /// Deliverables and projects due this week that are still open (neither
    /// done nor skipped), in due order.
    pub deliverables_open: Vec<DueItem>,
    /// The week's own tasks that are done.
    pub tasks_done: u32,
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
    /// Why there is no next plan week, when there is none.
    pub plan_edge: Option<PlanEdge>,
}

/// Why no plan week follows a reviewed week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "on", rename_all = "snake_case")]
pub enum PlanEdge {
    /// The week is the plan's last.
    EndsThisWeek,
    /// The week is after the plan's end, the day given.
    Ended(NaiveDate),
    /// The week is more than a week before the plan's start, the day given.
    Starts(NaiveDate),
}

impl PlanEdge {
    /// `The plan ends with this week.`, `The plan ended on Sun 13 Dec.`,
    /// `The plan starts on Mon 30 Nov.`
    pub fn sentence(self) -> String {
        match self {
            PlanEdge::EndsThisWeek => "The plan ends with this week.".to_owned(),
            PlanEdge::Ended(day) => format!("The plan ended on {}.", day.format("%a %-d %b")),
            PlanEdge::Starts(day) => format!("The plan starts on {}.", day.format("%a %-d %b")),
        }
    }
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
    /// Minutes per day from the plan's start (for the minutes pace) and as
    /// far before the week's end as the streak may reach (days missing
    /// count as 0).
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
    let study_days = StudyDays::new(roadmap, enrollment);
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);

    let due = &plan.due;
    let of_kind = |kind: DueKind| due.iter().filter(|d| d.kind == kind).cloned().collect::<Vec<_>>();

    let as_of = input.today.min(sunday);
    let known: Vec<ItemStatus> = input.statuses.iter().filter(|s| s.on <= as_of).cloned().collect();
    let items_then = due_items(roadmap, enrollment, &known);
    let latest = latest_statuses(input.statuses);
    // Done this week, whenever it was due.
    let done_in_week = |item: &DueItem| {
        latest
            .get(item.id.as_str())
            .is_some_and(|s| s.state == ItemState::Done && in_week(s.on))
    };
    let items_now = due_items(roadmap, enrollment, input.statuses);
    let is_deliverable = |item: &DueItem| matches!(item.kind, DueKind::Deliverable | DueKind::Project);
    let milestones_reached = items_now
        .iter()
        .filter(|item| item.kind == DueKind::Milestone && done_in_week(item))
        .cloned()
        .collect();
    let deliverables_done = items_now
        .iter()
        .filter(|item| is_deliverable(item) && done_in_week(item))
        .cloned()
        .collect();
    let deliverables_open = due
        .iter()
        .filter(|item| is_deliverable(item) && !is_settled(item.state))
        .cloned()
        .collect();
    let week_tasks = || input.tasks.iter().filter(|t| in_week(t.day));

    let (next_week, next_focus) = next_week_focus(roadmap, enrollment, monday);
    let finish = planned_finish(roadmap, enrollment);
    let plan_edge = next_week.is_none().then(|| {
        if monday > finish {
            PlanEdge::Ended(finish)
        } else if sunday < enrollment.start {
            PlanEdge::Starts(enrollment.start)
        } else {
            PlanEdge::EndsThisWeek
        }
    });
    ReviewSummary {
        monday,
        iso_week: IsoWeek::of(monday),
        week,
        of: plan_weeks(roadmap, enrollment),
        planned_minutes: blocks.iter().map(|b| b.planned_minutes).sum(),
        logged_minutes: blocks.iter().map(|b| b.logged_minutes).sum(),
        blocks,
        days_studied: count(studied.len()),
        study_days_studied: count(studied.iter().filter(|d| study_days.is_study_day(**d)).count()),
        study_days_planned: study_days.count(monday, sunday),
        streak: current_streak(roadmap, enrollment, input.minutes_per_day, sunday, input.today),
        // A self-paced project is the deliverable of genai-five-projects: due like one.
        deliverables_due: due.iter().filter(|item| is_deliverable(item)).cloned().collect(),
        milestones_due: of_kind(DueKind::Milestone),
        due_done: u32::try_from(due.iter().filter(|d| d.state == Some(ItemState::Done)).count()).unwrap_or(0),
        milestones_reached,
        deliverables_done,
        deliverables_open,
        tasks_done: u32::try_from(week_tasks().filter(|t| t.done).count()).unwrap_or(u32::MAX),
        pace: pace_of(roadmap, enrollment, &items_then, input.minutes_per_day, as_of),
        checkpoint: plan.checkpoint.clone(),
        unfinished_tasks: week_tasks().filter(|t| !t.done).cloned().collect(),
        next_week,
        next_focus,
        plan_edge,
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

/// The roadmap week after the week of `monday` and its focus line.
fn next_week_focus(roadmap: &Roadmap, enrollment: &Enrollment, monday: NaiveDate) -> (Option<u32>, Option<String>) {
    let next = match week_at(enrollment, add_days(monday, 7)) {
        Ok(week) | Err(week) => week,
    };
    let Some(next) = u32::try_from(next)
        .ok()
        .filter(|w| (1..=plan_weeks(roadmap, enrollment)).contains(w))
    else {
        return (None, None);
    };
    let focus = week_detail(roadmap, next).map(|d| d.title.clone()).or_else(|| {
        plan_phases(roadmap, enrollment, add_days(monday, 7))
            .pop()
            .map(|phase| phase.focus.unwrap_or(phase.title))
    });
    (Some(next), focus)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;
    use crate::roadmap::parse_str;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    const ROADMAP: &str = r#"
id = "r"
title = "R"
summary = "s"
weeks = 4
[[phases]]
id = "p"
title = "P"
weeks = [1, 4]
deliverables = [
  { id = "late", title = "Late from week 1", week = 1 },
  { id = "early", title = "Done in week 1", week = 2 },
  { id = "open", title = "Still open", week = 2 },
  { id = "skipped", title = "Skipped", week = 2 },
  { id = "ahead", title = "Ahead of time", week = 3 },
]
"#;

    fn status(id: &str, state: ItemState, on: NaiveDate) -> ItemStatus {
        ItemStatus {
            item_id: id.into(),
            state,
            on,
        }
    }

    fn task(id: i64, day: NaiveDate, done: bool) -> Task {
        Task {
            id,
            title: format!("task {id}"),
            day,
            done,
        }
    }

    #[test]
    fn the_week_counts_deliverables_done_in_it_whenever_due_and_lists_those_due_still_open() {
        let roadmap = parse_str(ROADMAP, "test").unwrap();
        let enrollment = Enrollment {
            roadmap_id: "r".into(),
            start: date(2026, 11, 23),
            daily_minutes: 60,
            paused_weeks: vec![],
        };
        // Week 2 runs from Monday 30 November to Sunday 6 December.
        let statuses = [
            status("late", ItemState::Done, date(2026, 12, 1)),
            status("early", ItemState::Done, date(2026, 11, 27)),
            status("skipped", ItemState::Skipped, date(2026, 12, 2)),
            status("ahead", ItemState::Done, date(2026, 12, 3)),
            status("open", ItemState::InProgress, date(2026, 12, 3)),
        ];
        let tasks = [
            task(1, date(2026, 11, 30), true),
            task(2, date(2026, 12, 1), false),
            task(3, date(2026, 12, 5), true),
            task(4, date(2026, 11, 29), true),
        ];
        let input = ReviewInput {
            statuses: &statuses,
            entries: &[],
            tasks: &tasks,
            minutes_per_day: &[],
            today: date(2026, 12, 6),
        };
        let summary = review(&roadmap, &enrollment, date(2026, 12, 2), input);
        let ids = |items: &[DueItem]| items.iter().map(|d| d.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&summary.deliverables_done), ["late", "ahead"]);
        assert_eq!(ids(&summary.deliverables_open), ["open"], "skipped counts as settled");
        assert_eq!(summary.tasks_done, 2, "the week's own tasks only");
        assert_eq!(summary.unfinished_tasks.iter().map(|t| t.id).collect::<Vec<_>>(), [2]);
    }
}
