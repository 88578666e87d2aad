//! The learner's own tasks, and carrying unfinished ones over to next week.

use chrono::{Duration, NaiveDate};
use color_eyre::eyre::WrapErr;
use rusqlite::{Connection, params};

use super::days::{monday_of, storable};
use super::{CarryOver, StoreResult};
use crate::plan::Task;
use crate::text::clean_line;

/// Longest task title kept, in characters (a title is one line, not a document).
pub const MAX_TITLE_CHARS: usize = 500;

/// Tasks planned between two days, inclusive, by day then id.
pub fn between(conn: &Connection, from: NaiveDate, to: NaiveDate) -> StoreResult<Vec<Task>> {
    query_tasks(
        conn,
        "SELECT id, title, day, done FROM task WHERE day BETWEEN ?1 AND ?2 ORDER BY day, id",
        from,
        to,
    )
}

/// Tasks not done between two days, inclusive, by day then id: what Today
/// carries over from earlier days, read without the done ones of the history.
pub fn unfinished_between(conn: &Connection, from: NaiveDate, to: NaiveDate) -> StoreResult<Vec<Task>> {
    query_tasks(
        conn,
        "SELECT id, title, day, done FROM task WHERE day BETWEEN ?1 AND ?2 AND done = 0 ORDER BY day, id",
        from,
        to,
    )
}

fn query_tasks(conn: &Connection, sql: &str, from: NaiveDate, to: NaiveDate) -> StoreResult<Vec<Task>> {
    let mut stmt = conn.prepare_cached(sql).wrap_err("cannot prepare the task query")?;
    stmt.query_map(params![from, to], task_row)
        .and_then(|rows| rows.collect())
        .wrap_err_with(|| format!("cannot read the tasks from {from} to {to}"))
}

/// One task by id, if it exists.
pub fn by_id(conn: &Connection, id: i64) -> StoreResult<Option<Task>> {
    let mut stmt = conn
        .prepare_cached("SELECT id, title, day, done FROM task WHERE id = ?1")
        .wrap_err("cannot prepare the task query")?;
    let mut rows = stmt
        .query_map([id], task_row)
        .wrap_err_with(|| format!("cannot read task {id}"))?;
    rows.next()
        .transpose()
        .wrap_err_with(|| format!("cannot read task {id}"))
}

fn task_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Task> {
    Ok(Task {
        id: r.get(0)?,
        title: r.get(1)?,
        day: r.get(2)?,
        done: r.get(3)?,
    })
}

/// Checks a task title: one non-blank line of reasonable length.
pub fn checked_title(title: &str) -> StoreResult<&str> {
    let title = title.trim();
    if title.is_empty() {
        return Err(crate::refusal!("a task needs a title: give some text"));
    }
    // SQLite's length() stops at a NUL, so the schema's CHECK would fail with an unclear message.
    if title.contains('\0') {
        return Err(crate::refusal!(
            "a task title cannot contain a NUL character; remove it"
        ));
    }
    if title.chars().count() > MAX_TITLE_CHARS {
        return Err(crate::refusal!(
            "a task title is at most {MAX_TITLE_CHARS} characters; shorten it"
        ));
    }
    Ok(title)
}

/// Adds a task; returns its id.
pub fn add(conn: &mut Connection, title: &str, day: NaiveDate) -> StoreResult<i64> {
    let title = checked_title(title)?;
    storable(day)?;
    conn.prepare_cached("INSERT INTO task (title, day, done) VALUES (?1, ?2, 0)")
        .and_then(|mut stmt| stmt.insert(params![title, day]))
        .wrap_err_with(|| format!("cannot add a task on {day}"))
}

/// Renames a task.
pub fn rename(conn: &mut Connection, id: i64, title: &str) -> StoreResult<()> {
    let title = checked_title(title)?;
    update_one(conn, id, "UPDATE task SET title = ?2 WHERE id = ?1", title, "rename")
}

/// Moves a task to another day.
pub fn move_to(conn: &mut Connection, id: i64, day: NaiveDate) -> StoreResult<()> {
    storable(day)?;
    update_one(conn, id, "UPDATE task SET day = ?2 WHERE id = ?1", day, "move")
}

/// Marks a task done or not.
pub fn set_done(conn: &mut Connection, id: i64, done: bool) -> StoreResult<()> {
    update_one(conn, id, "UPDATE task SET done = ?2 WHERE id = ?1", done, "update")
}

/// Deletes a task (its carry-over records go with it).
pub fn delete(conn: &mut Connection, id: i64) -> StoreResult<()> {
    let changed = conn
        .execute("DELETE FROM task WHERE id = ?1", [id])
        .wrap_err_with(|| format!("cannot delete task {id}"))?;
    if changed == 0 {
        return Err(no_task(id));
    }
    Ok(())
}

/// Deletes the task the caller saw, only if the row still holds it (same id,
/// day and title): a row changed or replaced by another process meanwhile
/// (ids of deleted tasks can come back) is left alone.
pub fn delete_seen(conn: &mut Connection, seen: &Task) -> StoreResult<()> {
    let changed = conn
        .execute(
            "DELETE FROM task WHERE id = ?1 AND day = ?2 AND title = ?3",
            rusqlite::params![seen.id, seen.day, seen.title],
        )
        .wrap_err_with(|| format!("cannot delete task {}", seen.id))?;
    if changed == 0 {
        return Err(crate::refusal!(
            "the task “{}” was changed or deleted elsewhere (another studyplan or a shell); nothing was deleted",
            clean_line(&seen.title)
        ));
    }
    Ok(())
}

/// Runs a one-row update and says so when the task does not exist.
fn update_one(conn: &Connection, id: i64, sql: &str, value: impl rusqlite::ToSql, verb: &str) -> StoreResult<()> {
    let changed = conn
        .prepare_cached(sql)
        .and_then(|mut stmt| stmt.execute(params![id, value]))
        .wrap_err_with(|| format!("cannot {verb} task {id}"))?;
    if changed == 0 {
        return Err(no_task(id));
    }
    Ok(())
}

fn no_task(id: i64) -> color_eyre::Report {
    crate::refusal!("there is no task {id}; see the task ids with `studyplan week`")
}

/// Moves the unfinished tasks of the week holding `monday` to the next Monday.
pub fn carry_over(conn: &mut Connection, monday: NaiveDate) -> StoreResult<usize> {
    let monday = monday_of(storable(monday)?);
    let sunday = monday + Duration::days(6);
    let next = storable(monday + Duration::days(7))?;
    let tx = conn.transaction().wrap_err("cannot start a transaction")?;
    tx.execute(
        "INSERT INTO carry_over (task_id, from_day, to_day)
         SELECT id, day, ?3 FROM task WHERE day BETWEEN ?1 AND ?2 AND done = 0",
        params![monday, sunday, next],
    )
    .wrap_err_with(|| format!("cannot record the carry-over of the week of {monday}"))?;
    let moved = tx
        .execute(
            "UPDATE task SET day = ?3 WHERE day BETWEEN ?1 AND ?2 AND done = 0",
            params![monday, sunday, next],
        )
        .wrap_err_with(|| format!("cannot carry over the week of {monday}"))?;
    tx.commit().wrap_err("cannot commit the carry-over")?;
    Ok(moved)
}

/// Tasks carried out of the week holding `monday`.
pub fn carry_overs(conn: &Connection, monday: NaiveDate) -> StoreResult<Vec<CarryOver>> {
    let monday = monday_of(monday);
    let sunday = monday + Duration::days(6);
    let mut stmt = conn
        .prepare_cached(
            "SELECT c.task_id, t.title, c.from_day, c.to_day FROM carry_over c JOIN task t ON t.id = c.task_id
             WHERE c.from_day BETWEEN ?1 AND ?2 ORDER BY c.task_id, c.id",
        )
        .wrap_err("cannot prepare the carry-over query")?;
    stmt.query_map(params![monday, sunday], |r| {
        Ok(CarryOver {
            task_id: r.get(0)?,
            title: r.get(1)?,
            from: r.get(2)?,
            to: r.get(3)?,
        })
    })
    .and_then(|rows| rows.collect())
    .wrap_err_with(|| format!("cannot read the carry-overs of the week of {monday}"))
}
