//! The SQLite store: the only module that speaks SQL.
//!
//! One `Store` wraps one connection. Every write is a short IMMEDIATE
//! transaction, so two processes never fail with "database is locked" on a
//! read-then-write. The learner's data (enrollments, statuses, tasks, time
//! logs, the running timer, reviews) is keyed on stable roadmap item ids, so a
//! re-imported roadmap keeps its progress.

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};

use crate::plan::{Enrollment, ItemState, ItemStatus, RunningTimer, Task, TimeEntry};
use crate::roadmap::Roadmap;

/// Errors from the store, each naming what failed and what to do.
pub type StoreResult<T> = color_eyre::Result<T>;

/// A saved weekly review.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct WeeklyReview {
    /// Monday of the reviewed week.
    pub monday: Option<NaiveDate>,
    /// Answers to checkpoint questions: (question id, answer).
    pub answers: Vec<(String, String)>,
    /// What went well.
    pub went_well: String,
    /// What got in the way.
    pub in_the_way: String,
    /// Next week's focus.
    pub next_focus: String,
}

/// What a re-import changed.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct ImportReport {
    /// The roadmap id.
    pub roadmap_id: String,
    /// True when the content was new or changed.
    pub changed: bool,
    /// Item ids that carried learner progress and no longer exist in the roadmap.
    /// Their progress is kept (orphaned), never deleted.
    pub orphaned: Vec<String>,
}

/// A roadmap known to the store.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct StoredRoadmap {
    /// Id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Summary line.
    pub summary: String,
    /// Length in weeks.
    pub weeks: u32,
    /// `bundled` or the path it was imported from.
    pub source: String,
}

/// A connection to the learner's database.
pub struct Store {
    conn: rusqlite::Connection,
    path: PathBuf,
}

impl Store {
    /// Opens (creating with its folder if needed) and migrates the database at `path`.
    pub fn open(path: &Path) -> StoreResult<Store> {
        let _ = path;
        todo!()
    }

    /// Opens a private in-memory database (tests, snapshots).
    pub fn open_in_memory() -> StoreResult<Store> {
        todo!()
    }

    /// The database file path (`:memory:` for an in-memory store).
    pub fn path(&self) -> &Path {
        let _ = &self.conn;
        &self.path
    }

    /// Imports or re-imports a roadmap in one transaction; idempotent.
    pub fn import_roadmap(&mut self, roadmap: &Roadmap, source: &str) -> StoreResult<ImportReport> {
        let _ = (roadmap, source);
        todo!()
    }

    /// Imports every bundled roadmap whose content changed since the last import.
    pub fn ensure_bundled(&mut self) -> StoreResult<()> {
        todo!()
    }

    /// All roadmaps in the store, by id.
    pub fn roadmaps(&self) -> StoreResult<Vec<StoredRoadmap>> {
        todo!()
    }

    /// The full roadmap as imported.
    pub fn roadmap(&self, id: &str) -> StoreResult<Roadmap> {
        let _ = id;
        todo!()
    }

    /// The active enrollment, if the learner started a roadmap.
    pub fn active_enrollment(&self) -> StoreResult<Option<Enrollment>> {
        todo!()
    }

    /// Starts (or restarts) a roadmap; it becomes the active enrollment.
    pub fn start(&mut self, enrollment: &Enrollment) -> StoreResult<()> {
        let _ = enrollment;
        todo!()
    }

    /// Marks a calendar week (its Monday) paused or not for the active enrollment.
    pub fn set_paused(&mut self, monday: NaiveDate, paused: bool) -> StoreResult<()> {
        let _ = (monday, paused);
        todo!()
    }

    /// Statuses of the active enrollment's items.
    pub fn statuses(&self) -> StoreResult<Vec<ItemStatus>> {
        todo!()
    }

    /// Sets an item's state (the id must exist in the active roadmap); `None` clears it.
    pub fn set_status(&mut self, item_id: &str, state: Option<ItemState>, on: NaiveDate) -> StoreResult<()> {
        let _ = (item_id, state, on);
        todo!()
    }

    /// Tasks planned between two days, inclusive, ordered by day then id.
    pub fn tasks_between(&self, from: NaiveDate, to: NaiveDate) -> StoreResult<Vec<Task>> {
        let _ = (from, to);
        todo!()
    }

    /// Adds a task; returns its id.
    pub fn add_task(&mut self, title: &str, day: NaiveDate) -> StoreResult<i64> {
        let _ = (title, day);
        todo!()
    }

    /// Renames a task.
    pub fn rename_task(&mut self, id: i64, title: &str) -> StoreResult<()> {
        let _ = (id, title);
        todo!()
    }

    /// Moves a task to another day.
    pub fn move_task(&mut self, id: i64, day: NaiveDate) -> StoreResult<()> {
        let _ = (id, day);
        todo!()
    }

    /// Marks a task done or not.
    pub fn set_task_done(&mut self, id: i64, done: bool) -> StoreResult<()> {
        let _ = (id, done);
        todo!()
    }

    /// Deletes a task.
    pub fn delete_task(&mut self, id: i64) -> StoreResult<()> {
        let _ = id;
        todo!()
    }

    /// Moves every unfinished task of the week starting `monday` to the next Monday; returns how many.
    pub fn carry_over(&mut self, monday: NaiveDate) -> StoreResult<usize> {
        let _ = monday;
        todo!()
    }

    /// Logs minutes on a block; returns the entry id.
    pub fn log_time(&mut self, day: NaiveDate, block: &str, minutes: u32, note: Option<&str>) -> StoreResult<i64> {
        let _ = (day, block, minutes, note);
        todo!()
    }

    /// Time entries between two days, inclusive.
    pub fn time_between(&self, from: NaiveDate, to: NaiveDate) -> StoreResult<Vec<TimeEntry>> {
        let _ = (from, to);
        todo!()
    }

    /// Total minutes per day between two days (for heatmaps and streaks).
    pub fn minutes_per_day(&self, from: NaiveDate, to: NaiveDate) -> StoreResult<Vec<(NaiveDate, u32)>> {
        let _ = (from, to);
        todo!()
    }

    /// The running timer, if any.
    pub fn timer(&self) -> StoreResult<Option<RunningTimer>> {
        todo!()
    }

    /// Starts a timer on a block; fails if one is running.
    pub fn start_timer(&mut self, block: &str, at: NaiveDateTime) -> StoreResult<()> {
        let _ = (block, at);
        todo!()
    }

    /// Stops the running timer and logs its minutes (split per civil day) in one
    /// transaction; returns the entries written. `keep = false` drops the time.
    pub fn stop_timer(&mut self, at: NaiveDateTime, keep: bool) -> StoreResult<Vec<TimeEntry>> {
        let _ = (at, keep);
        todo!()
    }

    /// The saved review of the week starting `monday`.
    pub fn review(&self, monday: NaiveDate) -> StoreResult<Option<WeeklyReview>> {
        let _ = monday;
        todo!()
    }

    /// Saves the review of the week starting `monday`.
    pub fn save_review(&mut self, monday: NaiveDate, review: &WeeklyReview) -> StoreResult<()> {
        let _ = (monday, review);
        todo!()
    }

    /// Saves the quick note of a day (empty clears it).
    pub fn save_note(&mut self, day: NaiveDate, text: &str) -> StoreResult<()> {
        let _ = (day, text);
        todo!()
    }

    /// The quick note of a day.
    pub fn note(&self, day: NaiveDate) -> StoreResult<Option<String>> {
        let _ = day;
        todo!()
    }
}
