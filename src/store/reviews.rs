//! Weekly reviews (checkpoint answers and reflections) and quick day notes.

use chrono::NaiveDate;
use color_eyre::eyre::WrapErr;
use rusqlite::{Connection, OptionalExtension, params};

use super::days::{monday_of, storable};
use super::{StoreResult, WeeklyReview};

/// The saved review of the week holding `monday`.
pub fn review(conn: &Connection, monday: NaiveDate) -> StoreResult<Option<WeeklyReview>> {
    let monday = monday_of(monday);
    let row: Option<(String, String, String)> = conn
        .prepare_cached("SELECT went_well, in_the_way, next_focus FROM review WHERE monday = ?1")
        .and_then(|mut stmt| {
            stmt.query_row([monday], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .optional()
        })
        .wrap_err_with(|| format!("cannot read the review of the week of {monday}"))?;
    let Some((went_well, in_the_way, next_focus)) = row else {
        return Ok(None);
    };
    let answers = conn
        .prepare_cached("SELECT question_id, answer FROM review_answer WHERE monday = ?1 ORDER BY position")
        .and_then(|mut stmt| stmt.query_map([monday], |r| Ok((r.get(0)?, r.get(1)?)))?.collect())
        .wrap_err_with(|| format!("cannot read the checkpoint answers of the week of {monday}"))?;
    Ok(Some(WeeklyReview {
        monday: Some(monday),
        answers,
        went_well,
        in_the_way,
        next_focus,
    }))
}

/// Saves (replacing) the review of the week holding `monday`, answers included, in one transaction.
pub fn save_review(conn: &mut Connection, monday: NaiveDate, review: &WeeklyReview) -> StoreResult<()> {
    let monday = monday_of(storable(monday)?);
    let tx = conn.transaction().wrap_err("cannot start a transaction")?;
    write_review(&tx, monday, review)?;
    tx.commit()
        .wrap_err_with(|| format!("cannot commit the review of the week of {monday}"))
}

/// Writes a review inside the caller's transaction.
pub fn write_review(conn: &Connection, monday: NaiveDate, review: &WeeklyReview) -> StoreResult<()> {
    conn.prepare_cached(
        "INSERT INTO review (monday, went_well, in_the_way, next_focus) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (monday) DO UPDATE SET went_well = excluded.went_well,
             in_the_way = excluded.in_the_way, next_focus = excluded.next_focus",
    )
    .and_then(|mut stmt| stmt.execute(params![monday, review.went_well, review.in_the_way, review.next_focus]))
    .wrap_err_with(|| format!("cannot save the review of the week of {monday}"))?;
    conn.prepare_cached("DELETE FROM review_answer WHERE monday = ?1")
        .and_then(|mut stmt| stmt.execute([monday]))
        .wrap_err("cannot replace the checkpoint answers")?;
    let mut insert = conn
        .prepare_cached("INSERT INTO review_answer (monday, position, question_id, answer) VALUES (?1, ?2, ?3, ?4)")
        .wrap_err("cannot prepare the answer insert")?;
    for (position, (question, answer)) in review.answers.iter().enumerate() {
        let position = i64::try_from(position).unwrap_or(i64::MAX);
        insert
            .execute(params![monday, position, question, answer])
            .wrap_err("cannot save a checkpoint answer")?;
    }
    Ok(())
}

/// Saves the note of a day; blank text removes it.
pub fn save_note(conn: &mut Connection, day: NaiveDate, text: &str) -> StoreResult<()> {
    storable(day)?;
    // SQLite's length() stops at a NUL, so the schema's CHECK would fail with an unclear message.
    if text.contains('\0') {
        return Err(crate::refusal!(
            "the note of {day} cannot contain a NUL character; remove it"
        ));
    }
    let result = if text.trim().is_empty() {
        conn.execute("DELETE FROM day_note WHERE day = ?1", [day])
    } else {
        conn.execute(
            "INSERT INTO day_note (day, text) VALUES (?1, ?2) ON CONFLICT (day) DO UPDATE SET text = excluded.text",
            params![day, text],
        )
    };
    result.wrap_err_with(|| format!("cannot save the note of {day}"))?;
    Ok(())
}

/// The note of a day.
pub fn note(conn: &Connection, day: NaiveDate) -> StoreResult<Option<String>> {
    conn.prepare_cached("SELECT text FROM day_note WHERE day = ?1")
        .and_then(|mut stmt| stmt.query_row([day], |r| r.get(0)).optional())
        .wrap_err_with(|| format!("cannot read the note of {day}"))
}

/// The day notes between two days, inclusive, by day.
pub fn notes_between(conn: &Connection, from: NaiveDate, to: NaiveDate) -> StoreResult<Vec<(NaiveDate, String)>> {
    conn.prepare_cached("SELECT day, text FROM day_note WHERE day BETWEEN ?1 AND ?2 ORDER BY day")
        .and_then(|mut stmt| {
            stmt.query_map(rusqlite::params![from, to], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect()
        })
        .wrap_err_with(|| format!("cannot read the notes from {from} to {to}"))
}
