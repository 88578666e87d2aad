//! What SQLite's errors on opening a file mean: read-only, busy, cannot
//! open. Shared by the file checks and the opener.

use std::path::Path;

use color_eyre::eyre::eyre;
use rusqlite::ErrorCode;

/// True for SQLite's read-only errors (a file or journal it may not write).
pub fn is_read_only_error(e: &rusqlite::Error) -> bool {
    e.sqlite_error_code() == Some(ErrorCode::ReadOnly)
}

/// True when another connection holds the lock SQLite needed.
pub fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked)
    )
}

/// The error for a file SQLite cannot open: names it and its folder.
pub fn cannot_open(path: &Path, e: &rusqlite::Error) -> color_eyre::Report {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| ".".to_owned(), |p| p.display().to_string());
    eyre!(
        "cannot open the database {} ({e}): check that the folder {folder} is writable, or pass \
         --db PATH (or set STUDYPLAN_DB) to a writable place",
        path.display()
    )
}
