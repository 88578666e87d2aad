//! The learner's whole state read in one snapshot and written back in one
//! transaction: what `studyplan export json` / `import json` move between
//! databases.
//!
//! Ids of tasks and time entries are kept, so carry-overs still point at
//! their task and a second export of the imported data is identical to the
//! first. Every record is checked like a single write would be (dates,
//! minutes, the 24-hour day, titles) before anything is written, and any
//! error rolls the whole import back.

use chrono::NaiveDate;
use color_eyre::eyre::{WrapErr, eyre};
use rusqlite::{Connection, Transaction, TransactionBehavior};

use super::enrollment::state_from_text;
use super::import::BUNDLED_SOURCE;
use super::{StoreResult, WeeklyReview, reviews};
use crate::plan::{Enrollment, ItemState, RunningTimer, Task, TimeEntry};
use crate::roadmap::Roadmap;
use crate::text::clean_line;

mod check;
mod write;

pub use write::write;

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
