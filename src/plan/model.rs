//! Plain data the schedule engine reads and returns.
//!
//! These types are the contract between `store` (which fills the inputs),
//! `plan` (which computes the outputs) and the front ends (`tui`, `report`,
//! `cli`), which only draw them. Nothing here does I/O.

use chrono::{NaiveDate, NaiveDateTime, Weekday};
use serde::Serialize;

/// A learner following one roadmap from a start date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Enrollment {
    /// The roadmap followed.
    pub roadmap_id: String,
    /// The day the learner started. Week 1 is the Monday-Sunday week holding it.
    pub start: NaiveDate,
    /// Daily study budget in minutes; the roadmap's blocks are scaled to it.
    pub daily_minutes: u32,
    /// Mondays of calendar weeks taken off (holidays); they shift the rest of the plan.
    pub paused_weeks: Vec<NaiveDate>,
}

/// Where a learner's status on an item stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemState {
    /// Finished.
    Done,
    /// Started, not finished.
    InProgress,
    /// Deliberately left out; counts as settled for pace.
    Skipped,
}

/// The learner's status on one roadmap item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemStatus {
    /// The roadmap item id (deliverable, milestone, project, topic...).
    pub item_id: String,
    /// Its state.
    pub state: ItemState,
    /// The day it was set.
    pub on: NaiveDate,
}

/// A learner's own task on a day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Task {
    /// Store id, stable for the life of the task.
    pub id: i64,
    /// What to do.
    pub title: String,
    /// The day it is planned for.
    pub day: NaiveDate,
    /// Finished or not.
    pub done: bool,
}

/// Minutes logged on one block of one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimeEntry {
    /// Store id.
    pub id: i64,
    /// The civil day the minutes count for.
    pub day: NaiveDate,
    /// The daily block id (`learn`, `build`, `polish`).
    pub block: String,
    /// Minutes, at least 1.
    pub minutes: u32,
    /// Optional note.
    pub note: Option<String>,
}

/// A note the learner wrote: a day's note, or the note of a time entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    /// The day it belongs to.
    pub day: NaiveDate,
    /// The block and minutes of the time entry it was written with; none for a day's note.
    pub block: Option<String>,
    /// The entry's minutes.
    pub minutes: Option<u32>,
    /// What was written.
    pub text: String,
}

impl Note {
    /// A week's notes in day order, each day's own note before its entries' notes.
    pub fn of_days(day_notes: &[(NaiveDate, String)], entries: &[TimeEntry]) -> Vec<Note> {
        let mut notes: Vec<Note> = day_notes
            .iter()
            .map(|(day, text)| Note {
                day: *day,
                block: None,
                minutes: None,
                text: text.clone(),
            })
            .chain(entries.iter().filter_map(|entry| {
                entry.note.as_ref().map(|text| Note {
                    day: entry.day,
                    block: Some(entry.block.clone()),
                    minutes: Some(entry.minutes),
                    text: text.clone(),
                })
            }))
            .collect();
        notes.sort_by_key(|note| (note.day, note.block.is_some()));
        notes
    }
}

/// A focus timer that is running (its start is stored, so it survives a restart).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RunningTimer {
    /// The block being timed.
    pub block: String,
    /// Local wall-clock start.
    pub started_at: NaiveDateTime,
}

/// Where a date falls in an enrollment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Position {
    /// The plan has not started yet.
    BeforeStart {
        /// Days until the start date.
        days_until: i64,
    },
    /// Inside the plan.
    InPlan {
        /// Roadmap week, 1-based (paused weeks not counted).
        week: u32,
        /// Length of the roadmap in weeks.
        of: u32,
    },
    /// In a calendar week the learner paused.
    Paused {
        /// The roadmap week that resumes after the pause.
        next_week: u32,
        /// Length of the roadmap in weeks.
        of: u32,
    },
    /// The plan is over.
    Finished {
        /// Days since its last day.
        days_since_end: i64,
        /// Length of the roadmap in weeks.
        of: u32,
    },
}

/// A phase that holds the current week, at one level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PhaseRef {
    /// Phase id.
    pub id: String,
    /// Its level (`sprint`, `month`...).
    pub level: String,
    /// Title.
    pub title: String,
    /// Focus line, if any (the phase's subtitle when it has no focus).
    pub focus: Option<String>,
    /// First and last roadmap week.
    pub weeks: [u32; 2],
    /// First and last day in the learner's plan.
    pub days: [NaiveDate; 2],
    /// Placed by calendar months (shown by its dates rather than its weeks).
    pub by_months: bool,
}

/// A block of the day, scaled to the learner's budget.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BlockPlan {
    /// Block id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Planned minutes after scaling (multiples of 5, summing to the budget).
    pub planned_minutes: u32,
    /// What to do in it.
    pub hint: Option<String>,
}

/// The role a weekday plays in the roadmap's weekly structure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DayRoleRef {
    /// The weekday.
    pub weekday: Weekday,
    /// Its role.
    pub role: String,
    /// Its standing tasks.
    pub tasks: Vec<String>,
    /// Whether study blocks are planned that day.
    pub study: bool,
    /// The day's own budget in the roadmap's minutes, if it has one.
    pub minutes: Option<u32>,
    /// The blocks done that day; all when empty.
    pub blocks: Vec<String>,
}

/// What kind of roadmap item is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DueKind {
    /// A phase or week deliverable.
    Deliverable,
    /// A milestone.
    Milestone,
    /// A self-paced project.
    Project,
    /// One week's occurrence of a recurring task of a track that is not
    /// optional (`mock-exam@w3`): ticked on its own, counted in pace, never late.
    Recurring,
}

/// A roadmap item with a due date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DueItem {
    /// Item id.
    pub id: String,
    /// Kind.
    pub kind: DueKind,
    /// Title.
    pub title: String,
    /// Roadmap week it is due in.
    pub week: u32,
    /// Calendar date it is due (the Sunday of that week, pauses counted).
    pub due: NaiveDate,
    /// The learner's status, if any.
    pub state: Option<ItemState>,
}

/// A recurring task that falls in a week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecurringDue {
    /// Track id.
    pub track_id: String,
    /// Track title.
    pub track_title: String,
    /// Task id.
    pub task_id: String,
    /// Task title.
    pub title: String,
    /// How many per occurrence.
    pub count: u32,
    /// Whether the track is optional (an optional task is not counted in pace).
    pub optional: bool,
    /// The weekday it falls on, if it has one.
    pub day: Option<crate::roadmap::DueDay>,
}

/// A checkpoint that falls due in a week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckpointDue {
    /// Checkpoint id.
    pub id: String,
    /// Title.
    pub title: String,
    /// The roadmap week it is due in.
    pub week: u32,
    /// Question ids and texts.
    pub questions: Vec<(String, String)>,
    /// Advice.
    pub note: Option<String>,
}

/// A weekly metric and its target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MetricTarget {
    /// Metric id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Target this week.
    pub target: u32,
    /// Unit.
    pub unit: String,
}

/// A self-paced project placed on the calendar by its effort.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProjectSlot {
    /// Project id.
    pub id: String,
    /// Title.
    pub title: String,
    /// First planned day.
    pub start: NaiveDate,
    /// Last planned day (upper effort estimate).
    pub end: NaiveDate,
    /// Day it could end at the lower estimate.
    pub earliest_end: NaiveDate,
}

/// How the learner stands against the schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PaceStatus {
    /// Within a day of the plan.
    OnTrack,
    /// Ahead of the plan.
    Ahead,
    /// Behind the plan.
    Behind,
    /// The plan has not started yet (before the start date).
    NotStarted,
}

/// Pace against the schedule: the worse of two measures, items settled
/// against items due and minutes logged against minutes planned. `status`,
/// `days` and `projected_finish` are the verdict; `items` and `minutes` are
/// each measure alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Pace {
    /// Ahead, behind, on track: the worse of the two measures.
    pub status: PaceStatus,
    /// Days ahead or behind (0 when on track).
    pub days: u32,
    /// Items settled (done or skipped).
    pub settled: u32,
    /// Items expected to be settled by today.
    pub expected: u32,
    /// All scheduled items.
    pub total: u32,
    /// Projected finish at the current pace.
    pub projected_finish: NaiveDate,
    /// Planned last day.
    pub planned_finish: NaiveDate,
    /// Items done (skipped ones not counted).
    pub done: u32,
    /// Which measure the verdict is: the one further behind.
    pub basis: PaceBasis,
    /// The items measure alone; null when nothing in the plan is dated.
    pub items: Option<PaceMeasure>,
    /// The minutes measure alone.
    pub minutes: PaceMeasure,
    /// Minutes logged from the start to today.
    pub logged_minutes: u32,
    /// Minutes planned from the start to yesterday (today is not over).
    pub planned_minutes: u32,
}

/// One measure of pace, in days ahead or behind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PaceMeasure {
    /// Ahead, behind, on track.
    pub status: PaceStatus,
    /// Days ahead or behind (0 when on track).
    pub days: u32,
}

/// Which measure a pace's verdict comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PaceBasis {
    /// Items settled against items due.
    Items,
    /// Minutes logged against minutes planned, in days of the daily budget.
    Minutes,
}

/// Everything the schedule says about one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DayPlan {
    /// The day.
    pub date: NaiveDate,
    /// Where it falls in the plan.
    pub position: Position,
    /// Current phase at every level, outermost (longest) first, then the
    /// self-paced project planned for the day (level `project`). Dated titles
    /// of a roadmap started off its dates read "Month 1 of 7".
    pub phases: Vec<PhaseRef>,
    /// The day's role in the weekly structure.
    pub role: DayRoleRef,
    /// The day's blocks, scaled to the budget; listed with 0 planned minutes on a
    /// non-study day and outside the plan, so time can still be logged on them.
    pub blocks: Vec<BlockPlan>,
    /// The current week's detail (concept, code, deliverable), if the roadmap has it.
    pub week_title: Option<String>,
    /// Concept of the week.
    pub concept: Option<String>,
    /// Code paths of the week.
    pub code: Vec<String>,
    /// Items due this week.
    pub due_this_week: Vec<DueItem>,
    /// Open deliverables of the current phases, the milestones due inside
    /// them, and the day's project when open (not done, not skipped).
    pub open_deliverables: Vec<DueItem>,
}

impl DayPlan {
    /// The items due on this very day (an exam, a Friday deadline, a month's
    /// last day), settled or not, in due order.
    pub fn due_today(&self) -> Vec<&DueItem> {
        self.due_this_week.iter().filter(|item| item.due == self.date).collect()
    }
}

/// Everything the schedule says about one Mon-Sun week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WeekPlan {
    /// The Monday.
    pub monday: NaiveDate,
    /// The seven days, Monday first.
    pub days: Vec<DayPlan>,
    /// Deliverables and milestones due this week.
    pub due: Vec<DueItem>,
    /// Recurring parallel tasks this week.
    pub recurring: Vec<RecurringDue>,
    /// Checkpoint due this week.
    pub checkpoint: Option<CheckpointDue>,
    /// Key metric targets.
    pub metrics: Vec<MetricTarget>,
}
