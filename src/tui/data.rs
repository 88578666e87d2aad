//! The plain data the screens draw: plan results and store rows, gathered once per change.
//!
//! Screens never query the store; `App` reloads this after every write, and
//! snapshot tests build it by hand.

use chrono::NaiveDate;

use crate::plan::{DayPlan, DueItem, Enrollment, ItemState, ItemStatus, Pace, RunningTimer, Task, TimeEntry, WeekPlan};
use crate::roadmap::Roadmap;
use crate::store::WeeklyReview;

/// Everything the five main screens show for an active enrollment.
#[derive(Debug, Clone, PartialEq)]
pub struct ScreenData {
    /// The roadmap followed.
    pub roadmap: Roadmap,
    /// The learner's enrollment.
    pub enrollment: Enrollment,
    /// Today's plan.
    pub today: DayPlan,
    /// Pace against the schedule, when the plan has begun.
    pub pace: Option<Pace>,
    /// Today's own tasks.
    pub today_tasks: Vec<Task>,
    /// Minutes logged today.
    pub today_time: Vec<TimeEntry>,
    /// Today's quick note.
    pub note: Option<String>,
    /// The running focus timer.
    pub timer: Option<RunningTimer>,
    /// The week shown on Week and Review.
    pub week: WeekPlan,
    /// That week's own tasks.
    pub week_tasks: Vec<Task>,
    /// Minutes logged that week.
    pub week_time: Vec<TimeEntry>,
    /// The learner's statuses on roadmap items.
    pub statuses: Vec<ItemStatus>,
    /// Every dated roadmap item (deliverables, milestones, projects) with its due date.
    pub due_items: Vec<DueItem>,
    /// The review numbers of the shown week.
    pub review: ReviewNumbers,
    /// The saved review answers of the shown week.
    pub saved_review: WeeklyReview,
    /// Minutes per day over the last year, up to today (days without minutes may be absent).
    pub history: Vec<(NaiveDate, u32)>,
}

/// The week in numbers, for the Review screen.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReviewNumbers {
    /// Per block: name, minutes logged, minutes planned.
    pub blocks: Vec<(String, u32, u32)>,
    /// Days with any minutes logged.
    pub days_studied: u32,
    /// Consecutive days studied up to the end of the week (or today).
    pub streak: u32,
    /// Deliverables due that week that are done, and how many are due.
    pub deliverables: (u32, u32),
    /// Milestones due that week that are done, and how many are due.
    pub milestones: (u32, u32),
    /// Unfinished own tasks of the week (what carry-over would move).
    pub unfinished_tasks: u32,
}

impl ScreenData {
    /// The learner's state on an item, if any.
    pub fn state_of(&self, item_id: &str) -> Option<ItemState> {
        self.statuses.iter().find(|s| s.item_id == item_id).map(|s| s.state)
    }

    /// The due entry of an item, if it has a date.
    pub fn due_of(&self, item_id: &str) -> Option<&DueItem> {
        self.due_items.iter().find(|d| d.id == item_id)
    }

    /// Minutes logged today on a block.
    pub fn logged_today(&self, block_id: &str) -> u32 {
        self.today_time
            .iter()
            .filter(|e| e.block == block_id)
            .map(|e| e.minutes)
            .sum()
    }

    /// Minutes logged on a day of the shown week.
    pub fn logged_on(&self, day: NaiveDate) -> u32 {
        self.week_time.iter().filter(|e| e.day == day).map(|e| e.minutes).sum()
    }
}
