//! The SQLite store: the only module that speaks SQL.
//!
//! One `Store` wraps one connection. Every write is a short IMMEDIATE
//! transaction, so two processes never fail with "database is locked" on a
//! read-then-write. The learner's data (enrollments, statuses, tasks, time
//! logs, the running timer, reviews) is keyed on stable roadmap item ids, so a
//! re-imported roadmap keeps its progress.
//!
//! This file is the public face: the types and one short method per
//! operation. The SQL lives in the submodules, one topic each.

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};

use crate::plan::{Enrollment, ItemState, ItemStatus, RunningTimer, Task, TimeEntry};
use crate::roadmap::Roadmap;

mod backup;
mod batch;
mod days;
mod enrollment;
mod file_check;
mod hash;
mod health;
mod import;
mod open;
mod reviews;
/// The migrations; public so tests can drive the runner and read the version.
pub mod schema;
mod sqlite_errors;
mod state_io;
mod tasks;
mod time_log;
mod timer;

pub use batch::Batch;
pub use state_io::{CarryOverRecord, DayNote, EnrollmentRecord, LearnerState, OwnRoadmap, StatusRecord};

/// Errors from the store, each naming what failed and what to do.
pub type StoreResult<T> = color_eyre::Result<T>;

/// How to stop the running timer.
#[derive(Debug, Clone, Copy)]
pub struct TimerStop<'a> {
    /// The timer as the caller last saw it; `None` stops whichever runs.
    pub seen: Option<&'a RunningTimer>,
    /// When it stops.
    pub at: NaiveDateTime,
    /// The most minutes it logs (the block's end), if any.
    pub cap_minutes: Option<u32>,
    /// Log the time (`false` drops it).
    pub keep: bool,
}

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

/// A task moved to the next week by [`Store::carry_over`], kept for the review.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CarryOver {
    /// The task id.
    pub task_id: i64,
    /// Its title now.
    pub title: String,
    /// The day it was planned for before the carry-over.
    pub from: NaiveDate,
    /// The day it was moved to.
    pub to: NaiveDate,
}

/// How the connection is set up, read back from SQLite (for tests and diagnostics).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Settings {
    /// `wal` for a file, `memory` for an in-memory store.
    pub journal_mode: String,
    /// `2` is FULL: every commit reaches the disk before it returns.
    pub synchronous: String,
    /// Foreign keys are enforced.
    pub foreign_keys: bool,
    /// How long a write waits for another process, in milliseconds.
    pub busy_timeout_ms: u64,
    /// `PRAGMA user_version`.
    pub schema_version: u32,
}

/// A connection to the learner's database.
pub struct Store {
    conn: rusqlite::Connection,
    path: PathBuf,
}

impl Store {
    /// Opens (creating with its folder if needed) and migrates the database at `path`.
    ///
    /// A file that is not SQLite, is truncated, or has a newer schema is
    /// refused with an error naming it, and left byte-for-byte untouched.
    pub fn open(path: &Path) -> StoreResult<Store> {
        let conn = open::open_file(path)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    /// Opens a private in-memory database (tests, snapshots).
    pub fn open_in_memory() -> StoreResult<Store> {
        let conn = open::open_memory()?;
        Ok(Store {
            conn,
            path: PathBuf::from(":memory:"),
        })
    }

    /// The database file path (`:memory:` for an in-memory store).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// True when the learner has recorded nothing yet (no enrollment, task,
    /// log, status, timer, review or note); imported roadmaps do not count.
    pub fn is_empty(&self) -> StoreResult<bool> {
        health::name_damage(&self.path, health::holds_no_learner_data(&self.conn))
    }

    /// The connection's settings as SQLite reports them.
    pub fn settings(&self) -> StoreResult<Settings> {
        health::settings(&self.conn)
    }

    /// Runs SQLite's `integrity_check`; an error lists what is wrong.
    pub fn integrity_check(&self) -> StoreResult<()> {
        health::integrity_check(&self.conn, &self.path)
    }

    /// Imports or re-imports a roadmap in one transaction; idempotent.
    pub fn import_roadmap(&mut self, roadmap: &Roadmap, source: &str) -> StoreResult<ImportReport> {
        health::name_damage(
            &self.path,
            import::import_roadmap(&mut self.conn, roadmap, source, None),
        )
    }

    /// Imports every bundled roadmap whose content changed since the last import.
    pub fn ensure_bundled(&mut self) -> StoreResult<()> {
        self.refresh_bundled().map(drop)
    }

    /// Like [`Store::ensure_bundled`], returning what each import changed, so a
    /// new studyplan can say which ids with progress its updated roadmaps dropped.
    pub fn refresh_bundled(&mut self) -> StoreResult<Vec<ImportReport>> {
        health::name_damage(&self.path, import::ensure_bundled(&mut self.conn))
    }

    /// All roadmaps in the store, by id.
    pub fn roadmaps(&self) -> StoreResult<Vec<StoredRoadmap>> {
        health::name_damage(&self.path, import::roadmaps(&self.conn))
    }

    /// The full roadmap as imported.
    pub fn roadmap(&self, id: &str) -> StoreResult<Roadmap> {
        health::name_damage(&self.path, import::roadmap(&self.conn, id))
    }

    /// The active enrollment, if the learner started a roadmap.
    pub fn active_enrollment(&self) -> StoreResult<Option<Enrollment>> {
        health::name_damage(&self.path, enrollment::active(&self.conn))
    }

    /// Starts (or restarts) a roadmap; it becomes the active enrollment.
    pub fn start(&mut self, enrollment: &Enrollment) -> StoreResult<()> {
        health::name_damage(&self.path, enrollment::start(&mut self.conn, enrollment))
    }

    /// Marks a calendar week (its Monday) paused or not for the active enrollment.
    /// Any day of the week names it: the week's Monday is what is stored.
    pub fn set_paused(&mut self, monday: NaiveDate, paused: bool) -> StoreResult<()> {
        health::name_damage(&self.path, enrollment::set_paused(&mut self.conn, monday, paused))
    }

    /// Statuses of the active enrollment's items (orphaned ones left out).
    pub fn statuses(&self) -> StoreResult<Vec<ItemStatus>> {
        health::name_damage(&self.path, enrollment::statuses(&self.conn))
    }

    /// Statuses kept for ids the active roadmap no longer has, by id.
    pub fn orphaned_statuses(&self) -> StoreResult<Vec<ItemStatus>> {
        health::name_damage(&self.path, enrollment::orphaned_statuses(&self.conn))
    }

    /// Sets an item's state (the id must exist in the active roadmap); `None` clears it.
    pub fn set_status(&mut self, item_id: &str, state: Option<ItemState>, on: NaiveDate) -> StoreResult<()> {
        health::name_damage(&self.path, enrollment::set_status(&mut self.conn, item_id, state, on))
    }

    /// Tasks planned between two days, inclusive, ordered by day then id.
    pub fn tasks_between(&self, from: NaiveDate, to: NaiveDate) -> StoreResult<Vec<Task>> {
        health::name_damage(&self.path, tasks::between(&self.conn, from, to))
    }

    /// Tasks not done between two days, inclusive, ordered by day then id.
    pub fn unfinished_tasks_between(&self, from: NaiveDate, to: NaiveDate) -> StoreResult<Vec<Task>> {
        health::name_damage(&self.path, tasks::unfinished_between(&self.conn, from, to))
    }

    /// One task by id; `None` when there is no such task.
    pub fn task(&self, id: i64) -> StoreResult<Option<Task>> {
        health::name_damage(&self.path, tasks::by_id(&self.conn, id))
    }

    /// Adds a task; returns its id.
    pub fn add_task(&mut self, title: &str, day: NaiveDate) -> StoreResult<i64> {
        health::name_damage(&self.path, tasks::add(&mut self.conn, title, day))
    }

    /// Renames a task.
    pub fn rename_task(&mut self, id: i64, title: &str) -> StoreResult<()> {
        health::name_damage(&self.path, tasks::rename(&mut self.conn, id, title))
    }

    /// Moves a task to another day.
    pub fn move_task(&mut self, id: i64, day: NaiveDate) -> StoreResult<()> {
        health::name_damage(&self.path, tasks::move_to(&mut self.conn, id, day))
    }

    /// Marks a task done or not.
    pub fn set_task_done(&mut self, id: i64, done: bool) -> StoreResult<()> {
        health::name_damage(&self.path, tasks::set_done(&mut self.conn, id, done))
    }

    /// Deletes a task.
    pub fn delete_task(&mut self, id: i64) -> StoreResult<()> {
        health::name_damage(&self.path, tasks::delete(&mut self.conn, id))
    }

    /// Deletes the task as the caller saw it, refusing if the row changed since.
    pub fn delete_seen_task(&mut self, seen: &Task) -> StoreResult<()> {
        health::name_damage(&self.path, tasks::delete_seen(&mut self.conn, seen))
    }

    /// Moves every unfinished task of the week starting `monday` to the next Monday; returns how many.
    /// Each move is recorded, so the review can show it ([`Store::carry_overs`]).
    pub fn carry_over(&mut self, monday: NaiveDate) -> StoreResult<usize> {
        health::name_damage(&self.path, tasks::carry_over(&mut self.conn, monday))
    }

    /// Tasks carried out of the week starting `monday`, by task id.
    pub fn carry_overs(&self, monday: NaiveDate) -> StoreResult<Vec<CarryOver>> {
        health::name_damage(&self.path, tasks::carry_overs(&self.conn, monday))
    }

    /// Logs minutes on a block; returns the entry id.
    ///
    /// Minutes must be 1..=1440 and the day's total must stay within 24 h;
    /// otherwise nothing is written.
    pub fn log_time(&mut self, day: NaiveDate, block: &str, minutes: u32, note: Option<&str>) -> StoreResult<i64> {
        health::name_damage(&self.path, time_log::log(&mut self.conn, day, block, minutes, note))
    }

    /// One time entry by id.
    pub fn time_entry(&self, id: i64) -> StoreResult<Option<TimeEntry>> {
        health::name_damage(&self.path, time_log::get(&self.conn, id))
    }

    /// Rewrites a time entry (day, block, minutes, note) with the checks of a new log.
    pub fn edit_time_entry(&mut self, entry: &TimeEntry) -> StoreResult<()> {
        health::name_damage(&self.path, time_log::update(&mut self.conn, entry))
    }

    /// Deletes a time entry (a log on the wrong block or day).
    pub fn delete_time_entry(&mut self, id: i64) -> StoreResult<()> {
        health::name_damage(&self.path, time_log::delete(&mut self.conn, id))
    }

    /// Time entries between two days, inclusive.
    pub fn time_between(&self, from: NaiveDate, to: NaiveDate) -> StoreResult<Vec<TimeEntry>> {
        health::name_damage(&self.path, time_log::between(&self.conn, from, to))
    }

    /// Total minutes per day between two days (for heatmaps and streaks).
    pub fn minutes_per_day(&self, from: NaiveDate, to: NaiveDate) -> StoreResult<Vec<(NaiveDate, u32)>> {
        health::name_damage(&self.path, time_log::minutes_per_day(&self.conn, from, to))
    }

    /// A number that changes whenever another connection (another studyplan,
    /// a shell command) commits to the database; this connection's own writes
    /// leave it as it is. One cheap read (SQLite's `PRAGMA data_version`), so
    /// an open interface can poll it every second.
    pub fn data_version(&self) -> StoreResult<i64> {
        use color_eyre::eyre::WrapErr;
        let version = self
            .conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))
            .wrap_err("cannot read the database's data version");
        health::name_damage(&self.path, version)
    }

    /// The running timer, if any.
    pub fn timer(&self) -> StoreResult<Option<RunningTimer>> {
        health::name_damage(&self.path, timer::current(&self.conn))
    }

    /// Starts a timer on a block; fails if one is running.
    pub fn start_timer(&mut self, block: &str, at: NaiveDateTime) -> StoreResult<()> {
        health::name_damage(&self.path, timer::start(&mut self.conn, block, at))
    }

    /// Stops the running timer and logs its minutes (split per civil day) in one
    /// transaction; returns the entries written. `keep = false` drops the time.
    pub fn stop_timer(&mut self, at: NaiveDateTime, keep: bool) -> StoreResult<Vec<TimeEntry>> {
        let stop = TimerStop {
            seen: None,
            at,
            cap_minutes: None,
            keep,
        };
        health::name_damage(&self.path, timer::stop(&mut self.conn, &stop))
    }

    /// Stops the timer the caller saw, and no other: if it was stopped (or
    /// replaced) by another process meanwhile, nothing changes and the refusal
    /// says so. Logs at most `cap_minutes` (the block's end) when given.
    pub fn stop_seen_timer(&mut self, stop: &TimerStop<'_>) -> StoreResult<Vec<TimeEntry>> {
        health::name_damage(&self.path, timer::stop(&mut self.conn, stop))
    }

    /// Minutes a timer started at `started_at` has run by `now` (0 when the
    /// clock went back), counted as [`Store::stop_timer`] would log them.
    pub fn timer_elapsed_minutes(started_at: NaiveDateTime, now: NaiveDateTime) -> u32 {
        timer::elapsed_minutes(started_at, now)
    }

    /// Real seconds between two local wall-clock times (through the local
    /// time zone, so a daylight-saving night counts its true length).
    pub fn real_seconds(from: NaiveDateTime, to: NaiveDateTime) -> i64 {
        timer::real_seconds(from, to)
    }

    /// The saved review of the week starting `monday`.
    pub fn review(&self, monday: NaiveDate) -> StoreResult<Option<WeeklyReview>> {
        health::name_damage(&self.path, reviews::review(&self.conn, monday))
    }

    /// Saves the review of the week starting `monday`.
    pub fn save_review(&mut self, monday: NaiveDate, review: &WeeklyReview) -> StoreResult<()> {
        health::name_damage(&self.path, reviews::save_review(&mut self.conn, monday, review))
    }

    /// Saves the quick note of a day (empty clears it).
    pub fn save_note(&mut self, day: NaiveDate, text: &str) -> StoreResult<()> {
        health::name_damage(&self.path, reviews::save_note(&mut self.conn, day, text))
    }

    /// The quick note of a day.
    pub fn note(&self, day: NaiveDate) -> StoreResult<Option<String>> {
        health::name_damage(&self.path, reviews::note(&self.conn, day))
    }

    /// The day notes between two days, inclusive, by day.
    pub fn notes_between(&self, from: NaiveDate, to: NaiveDate) -> StoreResult<Vec<(NaiveDate, String)>> {
        health::name_damage(&self.path, reviews::notes_between(&self.conn, from, to))
    }

    /// Starts a batch of writes in one transaction (the demo history, imports
    /// of old logs); nothing is written unless [`Batch::commit`] is called.
    pub fn batch(&mut self) -> StoreResult<Batch<'_>> {
        Batch::begin(&mut self.conn)
    }

    /// Everything the learner recorded (and the roadmaps they imported from
    /// files), read in one snapshot: what `studyplan export json` writes.
    pub fn learner_state(&self) -> StoreResult<LearnerState> {
        health::name_damage(&self.path, state_io::read(&self.conn))
    }

    /// Writes a whole [`LearnerState`] in one transaction (nothing on any
    /// error). Refuses a database that holds learner data unless `replace`,
    /// which deletes that data first.
    pub fn import_learner_state(&mut self, state: &LearnerState, replace: bool) -> StoreResult<()> {
        health::name_damage(&self.path, state_io::write(&mut self.conn, state, replace))
    }

    /// Writes a consistent copy of the database to `target` (SQLite's
    /// `VACUUM INTO`, safe while other processes write). Refuses an existing file.
    pub fn backup_to(&self, target: &Path) -> StoreResult<()> {
        backup::backup_to(&self.conn, &self.path, target)
    }

    /// Replaces the whole database with the backup at `source` (checked first:
    /// SQLite, intact, not newer than this binary), then migrates it.
    pub fn restore_from(&mut self, source: &Path) -> StoreResult<()> {
        backup::restore_from(&mut self.conn, &self.path, source)
    }
}
