//! Reading back the connection's health: settings, integrity, learner data,
//! and naming the file in errors SQLite raises after opening.

use std::path::Path;

use color_eyre::eyre::{WrapErr, eyre};
use rusqlite::{Connection, ErrorCode};

use super::schema;
use super::{Settings, StoreResult};

/// Reads back the connection settings that opening set.
pub fn settings(conn: &Connection) -> StoreResult<Settings> {
    let read = |pragma: &str| -> StoreResult<String> {
        conn.query_row(&format!("PRAGMA {pragma}"), [], |r| {
            r.get::<_, rusqlite::types::Value>(0)
        })
        .map(|v| match v {
            rusqlite::types::Value::Integer(i) => i.to_string(),
            rusqlite::types::Value::Text(t) => t,
            other => format!("{other:?}"),
        })
        .wrap_err_with(|| format!("cannot read PRAGMA {pragma}"))
    };
    Ok(Settings {
        journal_mode: read("journal_mode")?,
        synchronous: read("synchronous")?,
        foreign_keys: read("foreign_keys")? == "1",
        busy_timeout_ms: read("busy_timeout")?.parse().unwrap_or(0),
        schema_version: schema::user_version(conn).wrap_err("cannot read the schema version")?,
    })
}

/// Adds the database path and what to do to an error SQLite raised because
/// the file is damaged, full or no longer writable (found after opening).
pub fn name_damage<T>(path: &Path, result: StoreResult<T>) -> StoreResult<T> {
    let Err(report) = result else {
        return result;
    };
    let code = report
        .chain()
        .find_map(|e| e.downcast_ref::<rusqlite::Error>())
        .and_then(rusqlite::Error::sqlite_error_code);
    let advice = match code {
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => format!(
            "{} is damaged: restore a backup (`studyplan restore FILE`), or run `studyplan backup` \
             to save what can still be read",
            path.display()
        ),
        Some(ErrorCode::DiskFull) => format!(
            "the disk holding {} is full: nothing was written; free some space and try again",
            path.display()
        ),
        Some(ErrorCode::ReadOnly) => format!(
            "{} cannot be written any more: make it and its folder writable",
            path.display()
        ),
        _ => return Err(report),
    };
    Err(report.wrap_err(advice))
}

/// True when the learner has recorded nothing yet.
pub fn holds_no_learner_data(conn: &Connection) -> StoreResult<bool> {
    let any: bool = conn
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM enrollment) OR EXISTS (SELECT 1 FROM task)
                 OR EXISTS (SELECT 1 FROM time_log) OR EXISTS (SELECT 1 FROM item_status)
                 OR EXISTS (SELECT 1 FROM timer) OR EXISTS (SELECT 1 FROM review)
                 OR EXISTS (SELECT 1 FROM day_note)",
            [],
            |r| r.get(0),
        )
        .wrap_err("cannot check whether the database holds learner data")?;
    Ok(!any)
}

/// Runs `PRAGMA integrity_check` and turns anything but `ok` into an error.
pub fn integrity_check(conn: &Connection, path: &Path) -> StoreResult<()> {
    let mut stmt = conn
        .prepare("PRAGMA integrity_check")
        .wrap_err_with(|| format!("{}: cannot run the integrity check", path.display()))?;
    let lines = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
        .wrap_err_with(|| format!("{}: the integrity check failed to run", path.display()))?;
    if lines.len() == 1 && lines[0] == "ok" {
        Ok(())
    } else {
        Err(eyre!(
            "{}: integrity check failed: {}",
            path.display(),
            lines.join("; ")
        ))
    }
}
