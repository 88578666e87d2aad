//! Backups and restores through SQLite itself, never a file copy.
//!
//! A WAL database is the main file plus its `-wal`: copying the file alone
//! can lose commits or copy a torn state. `VACUUM INTO` writes a compact,
//! consistent snapshot while other processes keep writing; the backup API
//! copies a checked backup back page by page inside SQLite's locking.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use color_eyre::eyre::{WrapErr, eyre};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};

use super::StoreResult;
use super::file_check::check_header;
use super::health::integrity_check;
use super::schema::{self, MIGRATIONS, SCHEMA_VERSION};

/// Writes a snapshot to `target` (through a `.partial` file renamed at the end,
/// so an interrupted backup never looks complete).
pub fn backup_to(conn: &Connection, db_path: &Path, target: &Path) -> StoreResult<()> {
    let shown = target.display();
    if target.exists() {
        return Err(crate::refusal!(
            "{shown} already exists; choose another backup file name, or remove it first"
        ));
    }
    let mut partial = target.as_os_str().to_owned();
    partial.push(".partial");
    let partial = PathBuf::from(partial);
    if partial.exists() {
        fs::remove_file(&partial)
            .wrap_err_with(|| format!("cannot remove the unfinished backup {}", partial.display()))?;
    }
    let partial_text = partial
        .to_str()
        .ok_or_else(|| crate::refusal!("the backup path {shown} is not valid UTF-8; choose another name"))?;
    conn.execute("VACUUM INTO ?1", [partial_text]).wrap_err_with(|| {
        format!(
            "cannot back up {} to {shown}: check that its folder exists and is writable",
            db_path.display()
        )
    })?;
    fs::rename(&partial, target)
        .wrap_err_with(|| format!("cannot move the finished backup {} to {shown}", partial.display()))?;
    Ok(())
}

/// Checks the backup at `source`, copies it over the open database, and migrates it.
pub fn restore_from(conn: &mut Connection, db_path: &Path, source: &Path) -> StoreResult<()> {
    let shown = source.display().to_string();
    if !source.is_file() {
        return Err(crate::refusal!(
            "{shown} is not a file: give the path of a studyplan backup"
        ));
    }
    check_header(source)?;
    let backup = Connection::open_with_flags(
        source,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .wrap_err_with(|| format!("cannot open the backup {shown}"))?;
    integrity_check(&backup, source).wrap_err_with(|| format!("{shown} is damaged; nothing was restored"))?;
    let version =
        schema::user_version(&backup).wrap_err_with(|| format!("cannot read the schema version of {shown}"))?;
    if version > SCHEMA_VERSION {
        return Err(schema::newer_schema_error(&shown, version, SCHEMA_VERSION));
    }
    if version == 0 {
        return Err(crate::refusal!(
            "{shown} is not a studyplan backup (it has no studyplan schema); nothing was restored"
        ));
    }
    {
        let copy = Backup::new(&backup, conn).wrap_err("cannot start the restore")?;
        // All pages in one step: the database is replaced in one write transaction.
        let mut waits = 0;
        loop {
            let step = copy
                .step(-1)
                .wrap_err_with(|| format!("cannot restore {shown} into {}", db_path.display()))?;
            match step {
                StepResult::Done => break,
                StepResult::More => {}
                _ if waits < 100 => {
                    waits += 1;
                    std::thread::sleep(Duration::from_millis(50));
                }
                _ => {
                    return Err(eyre!(
                        "cannot restore into {}: another studyplan keeps it busy; close it and try again",
                        db_path.display()
                    ));
                }
            }
        }
    }
    schema::migrate(conn, MIGRATIONS, &db_path.display().to_string())?;
    Ok(())
}
