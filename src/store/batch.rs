//! Many writes in one transaction: years of demo history in a fraction of a second.
//!
//! Each write through a `Store` method is its own transaction with a full
//! sync; a batch pays that once. The same checks apply as one write at a
//! time (minutes, the 24-hour day, known item ids), and nothing is written
//! unless [`Batch::commit`] is called.

use chrono::NaiveDate;
use color_eyre::eyre::WrapErr;
use rusqlite::{Connection, Transaction, params};

use super::days::storable;
use super::enrollment::state_text;
use super::tasks::checked_title;
use super::time_log::insert_checked;
use super::{StoreResult, WeeklyReview, reviews};
use crate::plan::ItemState;
use crate::text::clean_line;

/// An open write transaction; dropped without [`Batch::commit`], it writes nothing.
pub struct Batch<'a> {
    tx: Transaction<'a>,
}

impl<'a> Batch<'a> {
    /// Begins the transaction (IMMEDIATE, like every write).
    pub(super) fn begin(conn: &'a mut Connection) -> StoreResult<Batch<'a>> {
        let tx = conn.transaction().wrap_err("cannot start a batch of writes")?;
        Ok(Batch { tx })
    }

    /// Starts an enrollment (as [`super::Store::start`]) in the same transaction.
    pub fn start(&mut self, enrollment: &crate::plan::Enrollment) -> StoreResult<()> {
        super::enrollment::start_in(&self.tx, enrollment)
    }

    /// Logs minutes on a block of a day (same limits as [`super::Store::log_time`]).
    pub fn log_time(&mut self, day: NaiveDate, block: &str, minutes: u32, note: Option<&str>) -> StoreResult<i64> {
        insert_checked(&self.tx, day, block, minutes, note)
    }

    /// Adds a task, done or not; returns its id.
    pub fn add_task(&mut self, title: &str, day: NaiveDate, done: bool) -> StoreResult<i64> {
        let title = checked_title(title)?;
        storable(day)?;
        self.tx
            .prepare_cached("INSERT INTO task (title, day, done) VALUES (?1, ?2, ?3)")
            .and_then(|mut stmt| stmt.insert(params![title, day, done]))
            .wrap_err_with(|| format!("cannot add a task on {day}"))
    }

    /// Sets the status of an item of roadmap `roadmap_id` (the id must exist in it).
    pub fn set_status(&mut self, roadmap_id: &str, item_id: &str, state: ItemState, on: NaiveDate) -> StoreResult<()> {
        storable(on)?;
        let known: bool = self
            .tx
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM roadmap_item WHERE roadmap_id = ?1 AND item_id = ?2)")
            .and_then(|mut stmt| stmt.query_row(params![roadmap_id, item_id], |r| r.get(0)))
            .wrap_err("cannot look the item up")?;
        if !known {
            return Err(crate::refusal!(
                "roadmap {roadmap} has no item `{item}`; see its ids with `studyplan roadmap show {roadmap}`",
                roadmap = clean_line(roadmap_id),
                item = clean_line(item_id)
            ));
        }
        self.tx
            .prepare_cached(
                "INSERT INTO item_status (roadmap_id, item_id, state, day) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (roadmap_id, item_id) DO UPDATE SET state = excluded.state, day = excluded.day",
            )
            .and_then(|mut stmt| stmt.execute(params![roadmap_id, item_id, state_text(state), on]))
            .wrap_err_with(|| format!("cannot save the status of {}", clean_line(item_id)))?;
        Ok(())
    }

    /// Saves the review of the week starting `monday`.
    pub fn save_review(&mut self, monday: NaiveDate, review: &WeeklyReview) -> StoreResult<()> {
        reviews::write_review(&self.tx, super::days::monday_of(storable(monday)?), review)
    }

    /// Writes everything at once.
    pub fn commit(self) -> StoreResult<()> {
        self.tx.commit().wrap_err("cannot commit the batch of writes")
    }
}
