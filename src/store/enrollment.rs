//! Enrollments (which roadmap, since when, how many minutes a day, paused
//! weeks) and the learner's item statuses.
//!
//! Enrollments are history: starting again adds a row and makes it the only
//! active one. Statuses are keyed on (roadmap, item id), so a restart or a
//! re-import keeps them.

use chrono::NaiveDate;
use color_eyre::eyre::{WrapErr, eyre};
use rusqlite::{Connection, OptionalExtension, Transaction, params};

use super::StoreResult;
use super::days::{monday_of, storable};
use super::import::{KNOWN_ITEM, unknown_roadmap};
use crate::plan::{Enrollment, ItemState, ItemStatus};
use crate::text::clean_line;

/// The active enrollment with its paused weeks.
pub fn active(conn: &Connection) -> StoreResult<Option<Enrollment>> {
    let row: Option<(i64, String, NaiveDate, u32)> = conn
        .prepare_cached("SELECT id, roadmap_id, start, daily_minutes FROM enrollment WHERE active = 1")
        .and_then(|mut stmt| {
            stmt.query_row([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
                .optional()
        })
        .wrap_err("cannot read the active enrollment")?;
    let Some((id, roadmap_id, start, daily_minutes)) = row else {
        return Ok(None);
    };
    let paused_weeks = conn
        .prepare_cached("SELECT monday FROM paused_week WHERE enrollment_id = ?1 ORDER BY monday")
        .and_then(|mut stmt| stmt.query_map([id], |r| r.get(0))?.collect())
        .wrap_err("cannot read the paused weeks")?;
    Ok(Some(Enrollment {
        roadmap_id,
        start,
        daily_minutes,
        paused_weeks,
    }))
}

/// Ends the active enrollment (kept as history) and starts this one.
pub fn start(conn: &mut Connection, enrollment: &Enrollment) -> StoreResult<()> {
    let tx = conn.transaction().wrap_err("cannot start a transaction")?;
    start_in(&tx, enrollment)?;
    tx.commit().wrap_err("cannot commit the new enrollment")
}

/// [`start`] inside a transaction the caller commits (a batch).
pub fn start_in(tx: &Connection, enrollment: &Enrollment) -> StoreResult<()> {
    let roadmap_id = enrollment.roadmap_id.as_str();
    if !crate::limits::is_daily_budget(enrollment.daily_minutes) {
        return Err(crate::refusal!(
            "a daily budget of {} minutes is out of range: give {} minutes a day (--daily-minutes)",
            enrollment.daily_minutes,
            crate::limits::daily_minutes_range()
        ));
    }
    storable(enrollment.start)?;
    let known: bool = tx
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM roadmap WHERE id = ?1)",
            [roadmap_id],
            |r| r.get(0),
        )
        .wrap_err("cannot look the roadmap up")?;
    if !known {
        return Err(unknown_roadmap(tx, roadmap_id));
    }
    tx.execute("UPDATE enrollment SET active = 0 WHERE active = 1", [])
        .wrap_err("cannot end the previous enrollment")?;
    tx.execute(
        "INSERT INTO enrollment (roadmap_id, start, daily_minutes, active) VALUES (?1, ?2, ?3, 1)",
        params![roadmap_id, enrollment.start, enrollment.daily_minutes],
    )
    .wrap_err_with(|| format!("cannot start roadmap {}", clean_line(roadmap_id)))?;
    let id = tx.last_insert_rowid();
    for monday in &enrollment.paused_weeks {
        tx.execute(
            "INSERT INTO paused_week (enrollment_id, monday) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
            params![id, monday_of(storable(*monday)?)],
        )
        .wrap_err("cannot record a paused week")?;
    }
    Ok(())
}

/// Pauses or resumes the week holding `day` for the active enrollment.
pub fn set_paused(conn: &mut Connection, day: NaiveDate, paused: bool) -> StoreResult<()> {
    let monday = monday_of(storable(day)?);
    let tx = conn.transaction().wrap_err("cannot start a transaction")?;
    let (id, _) = active_id(&tx)?;
    let sql = if paused {
        "INSERT INTO paused_week (enrollment_id, monday) VALUES (?1, ?2) ON CONFLICT DO NOTHING"
    } else {
        "DELETE FROM paused_week WHERE enrollment_id = ?1 AND monday = ?2"
    };
    tx.execute(sql, params![id, monday])
        .wrap_err_with(|| format!("cannot change the pause of the week of {monday}"))?;
    tx.commit().wrap_err("cannot commit the pause")
}

/// Id and roadmap of the active enrollment, or the error telling how to start one.
fn active_id(conn: &Connection) -> StoreResult<(i64, String)> {
    conn.query_row("SELECT id, roadmap_id FROM enrollment WHERE active = 1", [], |r| {
        Ok((r.get(0)?, r.get(1)?))
    })
    .optional()
    .wrap_err("cannot read the active enrollment")?
    .ok_or_else(|| {
        crate::refusal!("no roadmap is started yet: run `studyplan start ROADMAP_ID` (see `studyplan roadmap list`)")
    })
}

/// Statuses of items the active roadmap has.
pub fn statuses(conn: &Connection) -> StoreResult<Vec<ItemStatus>> {
    query_statuses(
        conn,
        &format!(
            "SELECT s.item_id, s.state, s.day FROM item_status s JOIN enrollment e ON e.roadmap_id = s.roadmap_id
             WHERE e.active = 1 AND EXISTS {KNOWN_ITEM} ORDER BY s.item_id"
        ),
    )
}

/// Statuses kept for ids the active roadmap no longer has.
pub fn orphaned_statuses(conn: &Connection) -> StoreResult<Vec<ItemStatus>> {
    query_statuses(
        conn,
        &format!(
            "SELECT s.item_id, s.state, s.day FROM item_status s JOIN enrollment e ON e.roadmap_id = s.roadmap_id
             WHERE e.active = 1 AND NOT EXISTS {KNOWN_ITEM} ORDER BY s.item_id"
        ),
    )
}

fn query_statuses(conn: &Connection, sql: &str) -> StoreResult<Vec<ItemStatus>> {
    let mut stmt = conn.prepare_cached(sql).wrap_err("cannot prepare the status query")?;
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get(2)?)))
        .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
        .wrap_err("cannot read item statuses")?;
    rows.into_iter()
        .map(|(item_id, state, on)| {
            let state = state_from_text(&state).ok_or_else(|| {
                eyre!(
                    "item {} has an unknown state `{state}` in the database",
                    clean_line(&item_id)
                )
            })?;
            Ok(ItemStatus { item_id, state, on })
        })
        .collect()
}

/// Sets or clears the status of an item of the active roadmap.
pub fn set_status(conn: &mut Connection, item_id: &str, state: Option<ItemState>, on: NaiveDate) -> StoreResult<()> {
    storable(on)?;
    let tx = conn.transaction().wrap_err("cannot start a transaction")?;
    let (_, roadmap_id) = active_id(&tx)?;
    check_item(&tx, &roadmap_id, item_id)?;
    match state {
        Some(state) => tx.execute(
            "INSERT INTO item_status (roadmap_id, item_id, state, day) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (roadmap_id, item_id) DO UPDATE SET state = excluded.state, day = excluded.day",
            params![roadmap_id, item_id, state_text(state), on],
        ),
        None => tx.execute(
            "DELETE FROM item_status WHERE roadmap_id = ?1 AND item_id = ?2",
            params![roadmap_id, item_id],
        ),
    }
    .wrap_err_with(|| format!("cannot save the status of {}", clean_line(item_id)))?;
    tx.commit().wrap_err("cannot commit the status")
}

/// Errors unless the roadmap has an item with this id, or it names one
/// week's occurrence of a recurring task it has (`mock-exam@w3`).
fn check_item(tx: &Transaction<'_>, roadmap_id: &str, item_id: &str) -> StoreResult<()> {
    let known: bool = match crate::plan::recurring::parse_occurrence(item_id) {
        Some((task, _)) => tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM roadmap_item WHERE roadmap_id = ?1 AND item_id = ?2
                 AND kind = 'recurring_task')",
            params![roadmap_id, task],
            |r| r.get(0),
        ),
        None => tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM roadmap_item WHERE roadmap_id = ?1 AND item_id = ?2)",
            params![roadmap_id, item_id],
            |r| r.get(0),
        ),
    }
    .wrap_err("cannot look the item up")?;
    if known {
        Ok(())
    } else {
        Err(crate::refusal!(
            "roadmap {roadmap} has no item `{item}`; see its ids with `studyplan roadmap show {roadmap}`",
            roadmap = clean_line(roadmap_id),
            item = clean_line(item_id)
        ))
    }
}

/// The text kept in the database for a state.
pub fn state_text(state: ItemState) -> &'static str {
    match state {
        ItemState::Done => "done",
        ItemState::InProgress => "in_progress",
        ItemState::Skipped => "skipped",
    }
}

/// The state a text from the database stands for.
pub fn state_from_text(text: &str) -> Option<ItemState> {
    match text {
        "done" => Some(ItemState::Done),
        "in_progress" => Some(ItemState::InProgress),
        "skipped" => Some(ItemState::Skipped),
        _ => None,
    }
}
