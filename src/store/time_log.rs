//! Time logs: minutes on a block of a civil day, never more than 24 h a day.

use chrono::NaiveDate;
use color_eyre::eyre::WrapErr;
use rusqlite::{Connection, params};

use super::StoreResult;
use super::days::storable;
use crate::plan::TimeEntry;
use crate::text::clean_line;

/// Minutes in a civil day: the most one entry, or one day, can hold.
pub use crate::limits::MINUTES_PER_DAY;

/// Logs minutes in one transaction: the day-total check and the insert see the same data.
pub fn log(conn: &mut Connection, day: NaiveDate, block: &str, minutes: u32, note: Option<&str>) -> StoreResult<i64> {
    let tx = conn.transaction().wrap_err("cannot start a transaction")?;
    let id = insert_checked(&tx, day, block, minutes, note)?;
    tx.commit()
        .wrap_err_with(|| format!("cannot commit the log of {day}"))?;
    Ok(id)
}

/// Checks the entry and the day's total, then inserts; the caller owns the transaction.
pub fn insert_checked(
    conn: &Connection,
    day: NaiveDate,
    block: &str,
    minutes: u32,
    note: Option<&str>,
) -> StoreResult<i64> {
    storable(day)?;
    if block.trim().is_empty() {
        return Err(crate::refusal!(
            "a time log needs a block name (such as learn, build, polish)"
        ));
    }
    if minutes == 0 {
        return Err(crate::refusal!("nothing to log: give at least 1 minute"));
    }
    if minutes > MINUTES_PER_DAY {
        return Err(crate::refusal!(
            "{minutes} minutes is more than a day (1440 minutes); log each day on its own with --on DATE"
        ));
    }
    let logged = day_total(conn, day)?;
    if logged + minutes > MINUTES_PER_DAY {
        return Err(crate::refusal!(
            "{day} already has {} logged; {} more would pass 24 hours. Nothing was logged",
            hours_minutes(logged),
            hours_minutes(minutes)
        ));
    }
    let note = note.map(str::trim).filter(|n| !n.is_empty());
    conn.prepare_cached("INSERT INTO time_log (day, block, minutes, note) VALUES (?1, ?2, ?3, ?4)")
        .and_then(|mut stmt| stmt.insert(params![day, block, minutes, note]))
        .wrap_err_with(|| format!("cannot log {minutes} minutes of {} on {day}", clean_line(block)))
}

/// Deletes one entry (a log on the wrong block or day).
pub fn delete(conn: &mut Connection, id: i64) -> StoreResult<()> {
    let changed = conn
        .execute("DELETE FROM time_log WHERE id = ?1", [id])
        .wrap_err_with(|| format!("cannot delete time entry {id}"))?;
    if changed == 0 {
        return Err(crate::refusal!("there is no time entry {id}; nothing was deleted"));
    }
    Ok(())
}

/// One entry by id, if there is one.
pub fn get(conn: &Connection, id: i64) -> StoreResult<Option<TimeEntry>> {
    use rusqlite::OptionalExtension;
    conn.prepare_cached("SELECT id, day, block, minutes, note FROM time_log WHERE id = ?1")
        .and_then(|mut stmt| {
            stmt.query_row([id], |r| {
                Ok(TimeEntry {
                    id: r.get(0)?,
                    day: r.get(1)?,
                    block: r.get(2)?,
                    minutes: r.get(3)?,
                    note: r.get(4)?,
                })
            })
            .optional()
        })
        .wrap_err_with(|| format!("cannot read time entry {id}"))
}

/// Rewrites an entry (its day, block, minutes and note) in one transaction,
/// with the checks of a new log: its day's total, counted without its old
/// minutes, stays within 24 hours.
pub fn update(conn: &mut Connection, entry: &TimeEntry) -> StoreResult<()> {
    storable(entry.day)?;
    if entry.block.trim().is_empty() || entry.minutes == 0 || entry.minutes > MINUTES_PER_DAY {
        return Err(crate::refusal!(
            "a time entry needs a block and 1 minute to 24 hours; time entry {} was not changed",
            entry.id
        ));
    }
    let tx = conn.transaction().wrap_err("cannot start a transaction")?;
    let others: u32 = tx
        .prepare_cached("SELECT coalesce(sum(minutes), 0) FROM time_log WHERE day = ?1 AND id != ?2")
        .and_then(|mut stmt| stmt.query_row(params![entry.day, entry.id], |r| r.get(0)))
        .wrap_err_with(|| format!("cannot read the minutes logged on {}", entry.day))?;
    if others + entry.minutes > MINUTES_PER_DAY {
        return Err(crate::refusal!(
            "{} already has {} in other entries; {} more would pass 24 hours. Time entry {} was not changed",
            entry.day,
            hours_minutes(others),
            hours_minutes(entry.minutes),
            entry.id
        ));
    }
    let note = entry.note.as_deref().map(str::trim).filter(|n| !n.is_empty());
    let changed = tx
        .execute(
            "UPDATE time_log SET day = ?2, block = ?3, minutes = ?4, note = ?5 WHERE id = ?1",
            params![entry.id, entry.day, entry.block, entry.minutes, note],
        )
        .wrap_err_with(|| format!("cannot change time entry {}", entry.id))?;
    if changed == 0 {
        return Err(crate::refusal!(
            "there is no time entry {}; nothing was changed",
            entry.id
        ));
    }
    tx.commit()
        .wrap_err_with(|| format!("cannot commit the change of time entry {}", entry.id))
}

/// Minutes already logged on a day.
pub fn day_total(conn: &Connection, day: NaiveDate) -> StoreResult<u32> {
    conn.prepare_cached("SELECT coalesce(sum(minutes), 0) FROM time_log WHERE day = ?1")
        .and_then(|mut stmt| stmt.query_row([day], |r| r.get(0)))
        .wrap_err_with(|| format!("cannot read the minutes logged on {day}"))
}

/// `1h30m`, `45m`: how durations read in messages.
pub fn hours_minutes(minutes: u32) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m}m"),
        (h, 0) => format!("{h}h"),
        (h, m) => format!("{h}h{m}m"),
    }
}

/// Entries between two days, inclusive, by day then id.
pub fn between(conn: &Connection, from: NaiveDate, to: NaiveDate) -> StoreResult<Vec<TimeEntry>> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT id, day, block, minutes, note FROM time_log WHERE day BETWEEN ?1 AND ?2 ORDER BY day, id",
        )
        .wrap_err("cannot prepare the time log query")?;
    stmt.query_map(params![from, to], |r| {
        Ok(TimeEntry {
            id: r.get(0)?,
            day: r.get(1)?,
            block: r.get(2)?,
            minutes: r.get(3)?,
            note: r.get(4)?,
        })
    })
    .and_then(|rows| rows.collect())
    .wrap_err_with(|| format!("cannot read the time logs from {from} to {to}"))
}

/// Total minutes of each day that has any, between two days inclusive.
pub fn minutes_per_day(conn: &Connection, from: NaiveDate, to: NaiveDate) -> StoreResult<Vec<(NaiveDate, u32)>> {
    let mut stmt = conn
        .prepare_cached("SELECT day, sum(minutes) FROM time_log WHERE day BETWEEN ?1 AND ?2 GROUP BY day ORDER BY day")
        .wrap_err("cannot prepare the daily minutes query")?;
    stmt.query_map(params![from, to], |r| Ok((r.get(0)?, r.get(1)?)))
        .and_then(|rows| rows.collect())
        .wrap_err_with(|| format!("cannot read the minutes per day from {from} to {to}"))
}
