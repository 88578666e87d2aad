//! One snapshot of the active plan: plan results and store rows, gathered
//! once per change, that the interface's screens draw and the commands'
//! `today`, `week` and `review` print.
//!
//! Screens never query the store; the interface reloads this after every
//! write (its own or another process's), and snapshot tests build it by hand.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::plan::review::ReviewSummary;
use crate::plan::stats::{BurnUpPoint, HeatDay, WeekMinutes};
use crate::plan::week::ShownWeek;
use crate::plan::{DayPlan, DueItem, Enrollment, ItemState, ItemStatus, Note, Pace, Task, TimeEntry, WeekPlan};
use crate::roadmap::Roadmap;
use crate::store::{CarryOver, WeeklyReview};
use crate::study::timer::TimerState;

/// Everything the five main screens show for an active enrollment.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    /// The roadmap followed.
    pub roadmap: Roadmap,
    /// The learner's enrollment.
    pub enrollment: Enrollment,
    /// Today's plan.
    pub today: DayPlan,
    /// Pace against the schedule (items and minutes), when the plan has begun.
    pub pace: Option<Pace>,
    /// The streak today: study days in a row up to today, days off skipped
    /// (`rules::current_streak`).
    pub streak: u32,
    /// Today's own tasks.
    pub today_tasks: Vec<Task>,
    /// Unfinished tasks of earlier days of the plan (and those ticked done on
    /// Today since the app started, so a tick can be undone), by day.
    pub carried_tasks: Vec<Task>,
    /// The deliverables Today lists: late ones, open ones of the current
    /// phases, and those settled today (see `plan::day::worklist_deliverables`).
    pub worklist: Vec<DueItem>,
    /// Minutes logged today.
    pub today_time: Vec<TimeEntry>,
    /// Today's quick note.
    pub note: Option<String>,
    /// Today's notes: the day's note, then the notes of today's time entries.
    pub today_notes: Vec<Note>,
    /// The notes of the shown days and the reviewed week (as `week_time`), day by day.
    pub week_notes: Vec<Note>,
    /// The running focus timer, with its block's open minutes.
    pub timer: Option<TimerState>,
    /// The week shown on Week and Review.
    pub week: WeekPlan,
    /// The seven days the Week screen shows, from the config's `week_start`,
    /// each with the plan of its own week.
    pub shown: ShownWeek,
    /// Own tasks of that week and of the Week screen's days.
    pub week_tasks: Vec<Task>,
    /// Minutes logged that week and on the Week screen's days.
    pub week_time: Vec<TimeEntry>,
    /// The learner's statuses on roadmap items.
    pub statuses: Vec<ItemStatus>,
    /// Every dated roadmap item (deliverables, milestones, projects) with its due date.
    pub due_items: Vec<DueItem>,
    /// The review of the shown week (numbers, checkpoint, unfinished tasks).
    pub review: ReviewSummary,
    /// The saved review answers of the shown week.
    pub saved_review: WeeklyReview,
    /// Tasks carried out of the shown week to the next one.
    pub carried_out: Vec<CarryOver>,
    /// Minutes per day over the last 53 weeks, with heat levels (empty unless
    /// the focus asked for stats, as the interface does).
    pub heat: Vec<HeatDay>,
    /// Minutes per week, oldest first, ending with this week.
    pub trend: Vec<WeekMinutes>,
    /// Deliverables settled against plan, per roadmap week.
    pub burn_up: Vec<BurnUpPoint>,
}

impl Snapshot {
    /// The learner's state on an item, if any.
    pub fn state_of(&self, item_id: &str) -> Option<ItemState> {
        self.statuses.iter().find(|s| s.item_id == item_id).map(|s| s.state)
    }

    /// The due entry of an item, if it has a date.
    pub fn due_of(&self, item_id: &str) -> Option<&DueItem> {
        self.due_items.iter().find(|d| d.id == item_id)
    }

    /// Pace as the command line prints it: the snapshot's, and before the
    /// start the schedule's own reading ("not started"), where the interface
    /// shows none.
    pub fn pace_or_not_started(&self) -> Pace {
        self.pace
            .unwrap_or_else(|| crate::plan::pace(&self.roadmap, &self.enrollment, &self.statuses, &[], self.today.date))
    }

    /// The warning Today shows when the learner's budget leaves a block of
    /// today's plan with no time (10 minutes over a 10/10/5 split plans
    /// 5/5/0); `None` when every block gets some, and on days with nothing planned.
    pub fn budget_warning(&self) -> Option<String> {
        if self.today.blocks.iter().all(|b| b.planned_minutes == 0) {
            return None;
        }
        let split = self.roadmap.daily_split();
        let budget = self.enrollment.daily_minutes;
        let starved: Vec<String> = crate::plan::blocks::starved_blocks(&split, budget)
            .iter()
            .map(|id| {
                let block = self.today.blocks.iter().find(|b| b.id == *id);
                block.map_or_else(|| id.clone(), |b| b.name.clone())
            })
            .collect();
        (!starved.is_empty()).then(|| {
            let enough = crate::plan::blocks::enough_for_every_block(&split);
            crate::plan::words::budget_warning(budget, &starved, enough)
        })
    }

    /// Dated items due before today and not settled.
    pub fn late_today(&self) -> Vec<DueItem> {
        crate::study::rules::late_items(&self.due_items, self.today.date)
    }

    /// Minutes logged today on a block.
    pub fn logged_today(&self, block_id: &str) -> u32 {
        self.today_time
            .iter()
            .filter(|e| e.block == block_id)
            .map(|e| e.minutes)
            .sum()
    }

    /// Own tasks of the plan week shown (Monday to Sunday), by day.
    pub fn tasks_of_plan_week(&self) -> Vec<Task> {
        let days = self.week.monday..=self.week.monday + chrono::Duration::days(6);
        self.week_tasks
            .iter()
            .filter(|t| days.contains(&t.day))
            .cloned()
            .collect()
    }

    /// Minutes logged in the plan week shown (Monday to Sunday).
    pub fn time_of_plan_week(&self) -> Vec<TimeEntry> {
        let days = self.week.monday..=self.week.monday + chrono::Duration::days(6);
        self.week_time
            .iter()
            .filter(|e| days.contains(&e.day))
            .cloned()
            .collect()
    }

    /// Minutes logged on a day of the shown week (or of the Week screen's days).
    pub fn logged_on(&self, day: NaiveDate) -> u32 {
        self.week_time.iter().filter(|e| e.day == day).map(|e| e.minutes).sum()
    }

    /// Gives blocks the display names of the config file (`[blocks]`), by block id,
    /// everywhere a block is named: today, the week, the review.
    pub fn rename_blocks(&mut self, names: &BTreeMap<String, String>) {
        if names.is_empty() {
            return;
        }
        let rename = |id: &str, name: &mut String| {
            if let Some(new) = names.get(id) {
                name.clone_from(new);
            }
        };
        let shown = self.shown.weeks.iter_mut().flat_map(|w| w.days.iter_mut());
        let days = std::iter::once(&mut self.today)
            .chain(self.week.days.iter_mut())
            .chain(shown);
        for block in days.flat_map(|d| d.blocks.iter_mut()) {
            rename(&block.id, &mut block.name);
        }
        for block in &mut self.review.blocks {
            rename(&block.id, &mut block.name);
        }
        let mut split = self.roadmap.daily_split();
        for block in &mut split.blocks {
            rename(&block.id, &mut block.name);
        }
        self.roadmap.daily = Some(split);
    }
}
