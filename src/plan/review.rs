//! The Sunday review of one week: time per block against plan, days studied,
//! streak, items due and done, milestones reached, pace, the checkpoint due,
//! tasks to carry over and next week's focus.

use std::collections::HashSet;

use chrono::NaiveDate;
use serde::Serialize;

use super::calendar::{IsoWeek, add_days, monday_of};
use super::due::{due_items, latest_statuses};
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

    let due = &plan.due;
    let of_kind = |kind: DueKind| due.iter().filter(|d| d.kind == kind).cloned().collect::<Vec<_>>();

    let as_of = input.today.min(sunday);
    let known: Vec<ItemStatus> = input.statuses.iter().filter(|s| s.on <= as_of).cloned().collect();
    let items_then = due_items(roadmap, enrollment, &known);
    let latest = latest_statuses(input.statuses);
    let milestones_reached = due_items(roadmap, enrollment, input.statuses)
        .into_iter()
        // Reached this week, whenever it was due.
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
