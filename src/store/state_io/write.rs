//! Writing a learner state: one transaction, ids kept, nothing on any error.

use chrono::NaiveDate;
use color_eyre::eyre::WrapErr;
use rusqlite::{Connection, Transaction, params};

use super::check::check;
use super::{EnrollmentRecord, LearnerState, StatusRecord};
use crate::plan::TimeEntry;
use crate::store::enrollment::state_text;
use crate::store::import::{ensure_bundled_in, unknown_roadmap, write_roadmap};
use crate::store::tasks::checked_title;
use crate::store::time_log::MINUTES_PER_DAY;
use crate::store::{StoreResult, health, reviews};
use crate::text::clean_line;

/// Writes `state` in one transaction. A database that already holds learner
/// data is refused unless `replace`, which first deletes all of it (imported
/// roadmaps stay). Roadmaps the state names that the database lacks are
/// taken from the state's own roadmaps or from the bundled ones.
pub fn write(conn: &mut Connection, state: &LearnerState, replace: bool) -> StoreResult<()> {
    check(state)?;
    let tx = conn.transaction().wrap_err("cannot start the import")?;
    if !health::holds_no_learner_data(&tx)? {
        if !replace {
            return Err(crate::refusal!(
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
        let monday = review
            .monday
            .ok_or_else(|| crate::error::StudyError::bug("a review has no Monday after the file was checked"))?;
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
        Some((day, minutes)) => Err(crate::refusal!(
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
