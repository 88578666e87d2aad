//! The schema as numbered migrations keyed on `PRAGMA user_version`.
//!
//! Step `i` of [`MIGRATIONS`] takes the database from version `i` to `i + 1`.
//! Each step runs in one IMMEDIATE transaction that also bumps
//! `user_version`, so a migration killed half-way leaves the old schema or
//! the new one, never a mix. Released steps are never edited: a change is a
//! new step appended at the end.

use color_eyre::eyre::{WrapErr, eyre};
use rusqlite::{Connection, TransactionBehavior};

use super::StoreResult;

/// Version 1: roadmaps, items, enrollments, statuses, tasks, carry-overs,
/// time logs, the timer, reviews and day notes.
///
/// Days are `YYYY-MM-DD` text (sorts like the calendar, readable in the
/// `sqlite3` shell); the CHECKs keep a bad write from ever landing.
const V1: &str = r#"
CREATE TABLE roadmap (
    id            TEXT PRIMARY KEY,
    title         TEXT NOT NULL,
    summary       TEXT NOT NULL,
    weeks         INTEGER NOT NULL CHECK (weeks >= 0),
    source        TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    text_hash     TEXT,
    body          TEXT NOT NULL
) STRICT;

CREATE TABLE roadmap_item (
    roadmap_id  TEXT NOT NULL REFERENCES roadmap(id) ON DELETE CASCADE,
    item_id     TEXT NOT NULL,
    kind        TEXT NOT NULL,
    title       TEXT NOT NULL,
    week        INTEGER,
    PRIMARY KEY (roadmap_id, item_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE enrollment (
    id             INTEGER PRIMARY KEY,
    roadmap_id     TEXT NOT NULL REFERENCES roadmap(id),
    start          TEXT NOT NULL CHECK (start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    daily_minutes  INTEGER NOT NULL CHECK (daily_minutes BETWEEN 1 AND 1440),
    active         INTEGER NOT NULL CHECK (active IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX enrollment_one_active ON enrollment(active) WHERE active = 1;

CREATE TABLE paused_week (
    enrollment_id  INTEGER NOT NULL REFERENCES enrollment(id) ON DELETE CASCADE,
    monday         TEXT NOT NULL CHECK (monday GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    PRIMARY KEY (enrollment_id, monday)
) STRICT, WITHOUT ROWID;

CREATE TABLE item_status (
    roadmap_id  TEXT NOT NULL REFERENCES roadmap(id),
    item_id     TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('done', 'in_progress', 'skipped')),
    day         TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    PRIMARY KEY (roadmap_id, item_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE task (
    id     INTEGER PRIMARY KEY,
    title  TEXT NOT NULL CHECK (length(title) > 0),
    day    TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    done   INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
) STRICT;
CREATE INDEX task_by_day ON task(day, id);

CREATE TABLE carry_over (
    id        INTEGER PRIMARY KEY,
    task_id   INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
    from_day  TEXT NOT NULL,
    to_day    TEXT NOT NULL
) STRICT;
CREATE INDEX carry_over_by_from ON carry_over(from_day);
CREATE INDEX carry_over_by_task ON carry_over(task_id);

CREATE TABLE time_log (
    id       INTEGER PRIMARY KEY,
    day      TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    block    TEXT NOT NULL CHECK (length(block) > 0),
    minutes  INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    note     TEXT
) STRICT;
CREATE INDEX time_log_by_day ON time_log(day, minutes);

CREATE TABLE timer (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    block       TEXT NOT NULL CHECK (length(block) > 0),
    started_at  TEXT NOT NULL
) STRICT;

CREATE TABLE review (
    monday      TEXT PRIMARY KEY CHECK (monday GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    went_well   TEXT NOT NULL,
    in_the_way  TEXT NOT NULL,
    next_focus  TEXT NOT NULL
) STRICT;

CREATE TABLE review_answer (
    monday       TEXT NOT NULL REFERENCES review(monday) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    question_id  TEXT NOT NULL,
    answer       TEXT NOT NULL,
    PRIMARY KEY (monday, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE day_note (
    day   TEXT PRIMARY KEY CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    text  TEXT NOT NULL CHECK (length(text) > 0)
) STRICT;
"#;

/// Every migration step, oldest first; the schema version is its length.
pub const MIGRATIONS: &[&str] = &[V1];

/// The schema version this binary writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// Reads `PRAGMA user_version`.
pub fn user_version(conn: &Connection) -> rusqlite::Result<u32> {
    conn.pragma_query_value(None, "user_version", |row| row.get::<_, i64>(0))
        .map(|v| u32::try_from(v).unwrap_or(u32::MAX))
}

/// Applies the steps of `steps` the database has not seen yet, each in its
/// own IMMEDIATE transaction with the version bump; returns the final version.
///
/// Public so tests can drive the runner with a step that fails half-way.
/// The version is re-read inside each transaction, so two processes opening
/// an old database at once apply each step exactly once.
pub fn migrate(conn: &mut Connection, steps: &[&str], origin: &str) -> StoreResult<u32> {
    let target = u32::try_from(steps.len()).unwrap_or(u32::MAX);
    // The common case, an up-to-date database, takes no write lock.
    let current = user_version(conn).wrap_err_with(|| format!("{origin}: cannot read the schema version"))?;
    if current > target {
        return Err(newer_schema_error(origin, current, target));
    }
    if current == target {
        return Ok(current);
    }
    loop {
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .wrap_err_with(|| format!("{origin}: cannot lock the database to update its schema"))?;
        let version = user_version(&tx).wrap_err_with(|| format!("{origin}: cannot read the schema version"))?;
        if version > target {
            return Err(newer_schema_error(origin, version, target));
        }
        if version == target {
            return Ok(version);
        }
        let index = usize::try_from(version).unwrap_or(usize::MAX);
        let next = version + 1;
        let step = steps
            .get(index)
            .ok_or_else(|| crate::error::StudyError::bug(format!("{origin}: no migration step {next}")))?;
        tx.execute_batch(step).wrap_err_with(|| {
            format!("{origin}: schema upgrade to version {next} failed; the database is unchanged")
        })?;
        tx.pragma_update(None, "user_version", next)
            .wrap_err_with(|| format!("{origin}: cannot record schema version {next}"))?;
        tx.commit()
            .wrap_err_with(|| format!("{origin}: cannot commit schema version {next}"))?;
    }
}

/// The error for a database written by a newer studyplan.
pub fn newer_schema_error(origin: &str, found: u32, supported: u32) -> color_eyre::Report {
    eyre!(
        "{origin}: the database has schema version {found}, but this studyplan only knows up to \
         version {supported}; it was written by a newer studyplan. Upgrade studyplan to use it \
         (the file was not changed)"
    )
}
