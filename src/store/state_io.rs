//! The learner's whole state read in one snapshot and written back in one
//! transaction: what `studyplan export json` / `import json` move between
//! databases.
//!
//! Ids of tasks and time entries are kept, so carry-overs still point at
//! their task and a second export of the imported data is identical to the
//! first. Every record is checked like a single write would be (dates,
//! minutes, the 24-hour day, titles) before anything is written, and any
//! error rolls the whole import back.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Weekday};
use color_eyre::eyre::{WrapErr, eyre};
use rusqlite::{Connection, Transaction, TransactionBehavior, params};

use super::days::storable;
use super::enrollment::{state_from_text, state_text};
use super::import::{BUNDLED_SOURCE, ensure_bundled_in, unknown_roadmap, write_roadmap};
use super::tasks::checked_title;
use super::time_log::MINUTES_PER_DAY;
use super::{StoreResult, WeeklyReview, health, reviews};
use crate::plan::{Enrollment, ItemState, RunningTimer, Task, TimeEntry};
use crate::roadmap::{Roadmap, validate};
use crate::text::clean_line;

/// Everything the learner recorded, plus the roadmaps they imported themselves.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LearnerState {
    /// Roadmaps imported from files (bundled ones are in every studyplan), by id.
    pub roadmaps: Vec<OwnRoadmap>,
    /// Every enrollment, oldest first; at most one is active.
    pub enrollments: Vec<EnrollmentRecord>,
    /// Every item status of every roadmap, orphaned ones included, by roadmap then item.
    pub statuses: Vec<StatusRecord>,
    /// Every task, by id.
    pub tasks: Vec<Task>,
    /// Every carry-over record, oldest first.
    pub carry_overs: Vec<CarryOverRecord>,
    /// Every time entry, by id.
    pub time_log: Vec<TimeEntry>,
    /// The running timer.
    pub timer: Option<RunningTimer>,
    /// Every saved review, by Monday (each has `monday` set).
    pub reviews: Vec<WeeklyReview>,
    /// Every day note, by day.
    pub notes: Vec<DayNote>,
}

/// A roadmap the learner imported from a file, with where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct OwnRoadmap {
    /// The path it was imported from.
    pub source: String,
    /// Its content.
    pub roadmap: Roadmap,
}

/// One enrollment and whether it is the active one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnrollmentRecord {
    /// Roadmap, start, budget and paused weeks.
    pub enrollment: Enrollment,
    /// The enrollment the plan follows now.
    pub active: bool,
}

/// A status of an item of a given roadmap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusRecord {
    /// The roadmap the item belongs (or belonged) to.
    pub roadmap_id: String,
    /// The item id.
    pub item_id: String,
    /// Its state.
    pub state: ItemState,
    /// The day it was set.
    pub on: NaiveDate,
}

/// A task moved from one day to another by a carry-over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CarryOverRecord {
    /// The task moved.
    pub task_id: i64,
    /// The day it was planned for.
    pub from: NaiveDate,
    /// The day it was moved to.
    pub to: NaiveDate,
}

/// The quick note of a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayNote {
    /// The day.
    pub day: NaiveDate,
    /// The note, never blank.
    pub text: String,
}

/// Reads everything in one read transaction, so the parts agree with each other.
pub fn read(conn: &Connection) -> StoreResult<LearnerState> {
    // DEFERRED: a snapshot for reading, without the write lock the store's IMMEDIATE default takes.
    let tx = Transaction::new_unchecked(conn, TransactionBehavior::Deferred)
        .wrap_err("cannot start reading the learner's data")?;
    let state = LearnerState {
        roadmaps: read_own_roadmaps(&tx)?,
        enrollments: read_enrollments(&tx)?,
        statuses: rows(
            &tx,
            "SELECT roadmap_id, item_id, state, day FROM item_status ORDER BY roadmap_id, item_id",
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get(3)?,
                ))
            },
        )?
        .into_iter()
        .map(|(roadmap_id, item_id, state, on)| {
            let state = state_from_text(&state).ok_or_else(|| {
                eyre!(
                    "item {} has an unknown state `{state}` in the database",
                    clean_line(&item_id)
                )
            })?;
            Ok(StatusRecord {
                roadmap_id,
                item_id,
                state,
                on,
            })
        })
        .collect::<StoreResult<_>>()?,
        tasks: rows(&tx, "SELECT id, title, day, done FROM task ORDER BY id", |r| {
            Ok(Task {
                id: r.get(0)?,
                title: r.get(1)?,
                day: r.get(2)?,
                done: r.get(3)?,
            })
        })?,
        carry_overs: rows(
            &tx,
            "SELECT task_id, from_day, to_day FROM carry_over ORDER BY id",
            |r| {
                Ok(CarryOverRecord {
                    task_id: r.get(0)?,
                    from: r.get(1)?,
                    to: r.get(2)?,
                })
            },
        )?,
        time_log: rows(
            &tx,
            "SELECT id, day, block, minutes, note FROM time_log ORDER BY id",
            |r| {
                Ok(TimeEntry {
                    id: r.get(0)?,
                    day: r.get(1)?,
                    block: r.get(2)?,
                    minutes: r.get(3)?,
                    note: r.get(4)?,
                })
            },
        )?,
        timer: super::timer::current(&tx)?,
        reviews: read_reviews(&tx)?,
        notes: rows(&tx, "SELECT day, text FROM day_note ORDER BY day", |r| {
            Ok(DayNote {
                day: r.get(0)?,
                text: r.get(1)?,
            })
        })?,
    };
    tx.finish().wrap_err("cannot finish reading the learner's data")?;
    Ok(state)
}

/// Runs a query without parameters and collects its rows.
fn rows<T>(
    conn: &Connection,
    sql: &str,
    map: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> StoreResult<Vec<T>> {
    let mut stmt = conn.prepare(sql).wrap_err_with(|| format!("cannot prepare `{sql}`"))?;
    stmt.query_map([], map)
        .and_then(|rows| rows.collect())
        .wrap_err_with(|| format!("cannot read the learner's data (`{sql}`)"))
}

fn read_own_roadmaps(conn: &Connection) -> StoreResult<Vec<OwnRoadmap>> {
    let ids = rows(
        conn,
        &format!("SELECT id, source FROM roadmap WHERE source <> '{BUNDLED_SOURCE}' ORDER BY id"),
        |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)),
    )?;
    ids.into_iter()
        .map(|(id, source)| {
            Ok(OwnRoadmap {
                roadmap: super::import::roadmap(conn, &id)?,
                source,
            })
        })
        .collect()
}

fn read_enrollments(conn: &Connection) -> StoreResult<Vec<EnrollmentRecord>> {
    let heads = rows(
        conn,
        "SELECT id, roadmap_id, start, daily_minutes, active FROM enrollment ORDER BY id",
        |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get::<_, bool>(4)?,
            ))
        },
    )?;
    let mut paused = conn
        .prepare("SELECT monday FROM paused_week WHERE enrollment_id = ?1 ORDER BY monday")
        .wrap_err("cannot prepare the paused week query")?;
    heads
        .into_iter()
        .map(|(id, roadmap_id, start, daily_minutes, active)| {
            let paused_weeks = paused
                .query_map([id], |r| r.get(0))
                .and_then(|rows| rows.collect())
                .wrap_err("cannot read the paused weeks")?;
            Ok(EnrollmentRecord {
                enrollment: Enrollment {
                    roadmap_id,
                    start,
                    daily_minutes,
                    paused_weeks,
                },
                active,
            })
        })
        .collect()
}

fn read_reviews(conn: &Connection) -> StoreResult<Vec<WeeklyReview>> {
    let mondays: Vec<NaiveDate> = rows(conn, "SELECT monday FROM review ORDER BY monday", |r| r.get(0))?;
    let mut out = Vec::with_capacity(mondays.len());
    for monday in mondays {
        if let Some(review) = reviews::review(conn, monday)? {
            out.push(review);
        }
    }
    Ok(out)
}

/// Writes `state` in one transaction. A database that already holds learner
/// data is refused unless `replace`, which first deletes all of it (imported
/// roadmaps stay). Roadmaps the state names that the database lacks are
/// taken from the state's own roadmaps or from the bundled ones.
pub fn write(conn: &mut Connection, state: &LearnerState, replace: bool) -> StoreResult<()> {
    check(state)?;
    let tx = conn.transaction().wrap_err("cannot start the import")?;
    if !health::holds_no_learner_data(&tx)? {
        if !replace {
            return Err(eyre!(
                "the database already holds learner data (enrollments, tasks, logs or reviews); nothing \
                 was imported. Import into a new database (--db PATH), or replace everything in this one \
                 with --replace (make a backup first: `studyplan backup`)"
            ));
        }
        delete_learner_data(&tx)?;
    }
    ensure_bundled_in(&tx)?;
    for own in &state.roadmaps {
        write_roadmap(&tx, &own.roadmap, &own.source, None)?;
    }
    write_enrollments(&tx, &state.enrollments)?;
    write_statuses(&tx, &state.statuses)?;
    write_tasks(&tx, state)?;
    write_time_log(&tx, &state.time_log)?;
    if let Some(timer) = &state.timer {
        tx.execute(
            "INSERT INTO timer (id, block, started_at) VALUES (1, ?1, ?2)",
            params![timer.block, timer.started_at],
        )
        .wrap_err("cannot write the running timer")?;
    }
    for review in &state.reviews {
        let monday = review.monday.ok_or_else(|| eyre!("a review has no Monday"))?;
        reviews::write_review(&tx, monday, review)?;
    }
    for note in &state.notes {
        tx.execute(
            "INSERT INTO day_note (day, text) VALUES (?1, ?2)",
            params![note.day, note.text],
        )
        .wrap_err_with(|| format!("cannot write the note of {}", note.day))?;
    }
    tx.commit().wrap_err("cannot commit the import; nothing was imported")
}

/// Deletes every learner record (children before parents, for the foreign keys).
fn delete_learner_data(tx: &Transaction<'_>) -> StoreResult<()> {
    tx.execute_batch(
        "DELETE FROM carry_over; DELETE FROM task; DELETE FROM review_answer; DELETE FROM review;
         DELETE FROM paused_week; DELETE FROM enrollment; DELETE FROM item_status; DELETE FROM time_log;
         DELETE FROM timer; DELETE FROM day_note;",
    )
    .wrap_err("cannot clear the learner's data before the import")
}

fn write_enrollments(tx: &Transaction<'_>, enrollments: &[EnrollmentRecord]) -> StoreResult<()> {
    for (n, record) in enrollments.iter().enumerate() {
        let e = &record.enrollment;
        known_roadmap(tx, &e.roadmap_id)?;
        tx.execute(
            "INSERT INTO enrollment (roadmap_id, start, daily_minutes, active) VALUES (?1, ?2, ?3, ?4)",
            params![e.roadmap_id, e.start, e.daily_minutes, record.active],
        )
        .wrap_err_with(|| format!("cannot write enrollment {n} (roadmap {})", clean_line(&e.roadmap_id)))?;
        let id = tx.last_insert_rowid();
        for monday in &e.paused_weeks {
            tx.execute(
                "INSERT INTO paused_week (enrollment_id, monday) VALUES (?1, ?2)",
                params![id, monday],
            )
            .wrap_err_with(|| format!("cannot write the paused week of {monday}"))?;
        }
    }
    Ok(())
}

fn write_statuses(tx: &Transaction<'_>, statuses: &[StatusRecord]) -> StoreResult<()> {
    for s in statuses {
        known_roadmap(tx, &s.roadmap_id)?;
        tx.execute(
            "INSERT INTO item_status (roadmap_id, item_id, state, day) VALUES (?1, ?2, ?3, ?4)",
            params![s.roadmap_id, s.item_id, state_text(s.state), s.on],
        )
        .wrap_err_with(|| {
            format!(
                "cannot write the status of {} in roadmap {}",
                clean_line(&s.item_id),
                clean_line(&s.roadmap_id)
            )
        })?;
    }
    Ok(())
}

fn write_tasks(tx: &Transaction<'_>, state: &LearnerState) -> StoreResult<()> {
    for task in &state.tasks {
        tx.execute(
            "INSERT INTO task (id, title, day, done) VALUES (?1, ?2, ?3, ?4)",
            params![task.id, checked_title(&task.title)?, task.day, task.done],
        )
        .wrap_err_with(|| format!("cannot write task {}", task.id))?;
    }
    for c in &state.carry_overs {
        tx.execute(
            "INSERT INTO carry_over (task_id, from_day, to_day) VALUES (?1, ?2, ?3)",
            params![c.task_id, c.from, c.to],
        )
        .wrap_err_with(|| format!("cannot write the carry-over of task {}", c.task_id))?;
    }
    Ok(())
}

fn write_time_log(tx: &Transaction<'_>, entries: &[TimeEntry]) -> StoreResult<()> {
    for e in entries {
        tx.execute(
            "INSERT INTO time_log (id, day, block, minutes, note) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![e.id, e.day, e.block, e.minutes, e.note],
        )
        .wrap_err_with(|| format!("cannot write time entry {}", e.id))?;
    }
    let over: Option<(NaiveDate, u32)> = tx
        .query_row(
            "SELECT day, sum(minutes) FROM time_log GROUP BY day HAVING sum(minutes) > ?1 ORDER BY day LIMIT 1",
            [MINUTES_PER_DAY],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .map(Some)
        .or_else(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Ok(None),
            e => Err(e),
        })
        .wrap_err("cannot check the daily totals")?;
    match over {
        Some((day, minutes)) => Err(eyre!(
            "the time log has {minutes} minutes on {day}, more than the 1440 of a day; nothing was imported"
        )),
        None => Ok(()),
    }
}

/// Errors with the list of known roadmaps unless `id` is stored.
fn known_roadmap(tx: &Transaction<'_>, id: &str) -> StoreResult<()> {
    let known: bool = tx
        .query_row("SELECT EXISTS (SELECT 1 FROM roadmap WHERE id = ?1)", [id], |r| {
            r.get(0)
        })
        .wrap_err("cannot look the roadmap up")?;
    if known {
        Ok(())
    } else {
        Err(unknown_roadmap(tx, id).wrap_err("the file names a roadmap that is neither in it nor bundled"))
    }
}

/// Checks what SQL cannot say clearly, before anything is written.
fn check(state: &LearnerState) -> StoreResult<()> {
    for own in &state.roadmaps {
        let problems = validate(&own.roadmap);
        if let Some(first) = problems.first() {
            return Err(eyre!(
                "roadmap {} in the file is not valid ({} problems, first: {}); nothing was imported",
                clean_line(&own.roadmap.id),
                problems.len(),
                clean_line(&format!("{}: {}", first.at, first.message))
            ));
        }
    }
    if state.enrollments.iter().filter(|e| e.active).count() > 1 {
        return Err(eyre!("more than one enrollment is marked active; at most one can be"));
    }
    for record in &state.enrollments {
        let e = &record.enrollment;
        if !(1..=1440).contains(&e.daily_minutes) {
            return Err(eyre!(
                "the enrollment in {} has a daily budget of {} minutes; give 1 to 1440",
                clean_line(&e.roadmap_id),
                e.daily_minutes
            ));
        }
        storable(e.start)?;
        for monday in &e.paused_weeks {
            monday_only(*monday, "paused week")?;
        }
    }
    for s in &state.statuses {
        storable(s.on)?;
    }
    for task in &state.tasks {
        storable(task.day)
            .and_then(|_| checked_title(&task.title).map(drop))
            .wrap_err_with(|| format!("task {} cannot be imported", task.id))?;
    }
    for c in &state.carry_overs {
        storable(c.from)?;
        storable(c.to)?;
        if !state.tasks.iter().any(|t| t.id == c.task_id) {
            return Err(eyre!("a carry-over names task {}, which is not in the file", c.task_id));
        }
    }
    for e in &state.time_log {
        storable(e.day)?;
        if e.block.trim().is_empty() || !(1..=MINUTES_PER_DAY).contains(&e.minutes) {
            return Err(eyre!(
                "time entry {} needs a block name and 1 to 1440 minutes (it has `{}` and {})",
                e.id,
                clean_line(&e.block),
                e.minutes
            ));
        }
    }
    if let Some(timer) = &state.timer {
        check_timer(timer)?;
    }
    for review in &state.reviews {
        let monday = review.monday.ok_or_else(|| eyre!("a review has no Monday"))?;
        monday_only(monday, "review")?;
    }
    for note in &state.notes {
        storable(note.day)?;
        if note.text.trim().is_empty() {
            return Err(eyre!("the note of {} is blank; leave it out instead", note.day));
        }
    }
    Ok(())
}

fn check_timer(timer: &RunningTimer) -> StoreResult<()> {
    let at: NaiveDateTime = timer.started_at;
    storable(at.date())?;
    if timer.block.trim().is_empty() {
        return Err(eyre!("the running timer needs a block name"));
    }
    Ok(())
}

/// Errors unless `day` is a storable Monday (weeks are keyed on their Monday).
fn monday_only(day: NaiveDate, what: &str) -> StoreResult<()> {
    storable(day)?;
    if day.weekday() == Weekday::Mon {
        Ok(())
    } else {
        Err(eyre!("a {what} is keyed on {day}, a {}, not a Monday", day.weekday()))
    }
}
