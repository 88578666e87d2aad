//! The plain data the screens draw: plan results and store rows, gathered once per change.
//!
//! Screens never query the store; `App` reloads this after every write, and
//! snapshot tests build it by hand.

use chrono::NaiveDate;

use crate::plan::review::ReviewSummary;
use crate::plan::stats::{BurnUpPoint, HeatDay, WeekMinutes};
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
    /// The review of the shown week (numbers, checkpoint, unfinished tasks).
    pub review: ReviewSummary,
    /// The saved review answers of the shown week.
    pub saved_review: WeeklyReview,
    /// Minutes per day over the last 53 weeks, with heat levels.
    pub heat: Vec<HeatDay>,
    /// Minutes per week, oldest first, ending with this week.
    pub trend: Vec<WeekMinutes>,
    /// Deliverables settled against plan, per roadmap week.
    pub burn_up: Vec<BurnUpPoint>,
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
