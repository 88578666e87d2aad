//! Opening the database: check the file before any write, then set the pragmas and migrate.
//!
//! Order matters: `file_check` looks at an existing file before this
//! module switches it to WAL, which already writes. A file already in WAL
//! mode with no WAL content waiting is checked on the read-write connection
//! itself (reading it writes nothing), so its schema is parsed only once.

use std::fs;
use std::path::Path;
use std::time::Duration;

use color_eyre::eyre::{WrapErr, eyre};
use rusqlite::{Connection, ErrorCode, TransactionBehavior};

use super::StoreResult;
use super::file_check::{check_header, check_schema, needs_read_only_probe, probe_read_only};
use super::schema::{self, MIGRATIONS};
use super::sqlite_errors::{cannot_open, is_busy};

/// How long a writer waits for another process's transaction to finish.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Prepared statements kept per connection (every query of the store fits).
const STATEMENT_CACHE: usize = 64;

/// Opens, checks, configures and migrates the database file at `path`.
pub fn open_file(path: &Path) -> StoreResult<Connection> {
    let shown = path.display().to_string();
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(folder).wrap_err_with(|| {
            format!(
                "cannot create the folder {} for the database: check its permissions, or pass --db PATH \
                 (or set STUDYPLAN_DB) to a writable place",
                folder.display()
            )
        })?;
    }
    if path.is_dir() {
        return Err(eyre!(
            "{shown} is a folder, not a database file: pass --db PATH to a file"
        ));
    }
    let exists = path.exists();
    let probe_first = exists && needs_read_only_probe(path);
    if exists {
        check_header(path)?;
    }
    if probe_first {
        probe_read_only(path)?;
    }
    let mut conn = Connection::open(path).map_err(|e| cannot_open(path, &e))?;
    if conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(false) {
        return Err(eyre!(
            "{shown} is read-only: make it writable (chmod u+w) or pass --db PATH to another file"
        ));
    }
    if exists && !probe_first {
        // A reader waits out another process's WAL recovery instead of failing.
        conn.busy_timeout(BUSY_TIMEOUT)
            .wrap_err_with(|| format!("{shown}: cannot set the busy timeout"))?;
        check_schema(&conn, path)?;
    }
    configure(&mut conn, &shown).map_err(|e| explain_write_failure(path, e))?;
    schema::migrate(&mut conn, MIGRATIONS, &shown).map_err(|e| explain_write_failure(path, e))?;
    Ok(conn)
}

/// Opens a private in-memory database with the same pragmas and schema.
pub fn open_memory() -> StoreResult<Connection> {
    let mut conn = Connection::open_in_memory().wrap_err("cannot open an in-memory database")?;
    configure(&mut conn, ":memory:")?;
    schema::migrate(&mut conn, MIGRATIONS, ":memory:")?;
    Ok(conn)
}

/// WAL, FULL sync, foreign keys, busy timeout, IMMEDIATE transactions, statement cache.
fn configure(conn: &mut Connection, shown: &str) -> StoreResult<()> {
    conn.busy_timeout(BUSY_TIMEOUT)
        .wrap_err_with(|| format!("{shown}: cannot set the busy timeout"))?;
    let mode = switch_to_wal(conn).wrap_err_with(|| format!("{shown}: cannot switch the database to WAL mode"))?;
    if !mode.eq_ignore_ascii_case("wal") && shown != ":memory:" {
        return Err(eyre!("{shown}: SQLite refused WAL mode (it stays in `{mode}` mode)"));
    }
    // FULL: with WAL, NORMAL may lose the last commit on power loss; a log must not be lost.
    conn.pragma_update(None, "synchronous", "FULL")
        .wrap_err_with(|| format!("{shown}: cannot set synchronous=FULL"))?;
    conn.pragma_update(None, "foreign_keys", "ON")
        .wrap_err_with(|| format!("{shown}: cannot enable foreign keys"))?;
    // A deferred read-then-write fails at once under a second writer, whatever the timeout.
    conn.set_transaction_behavior(TransactionBehavior::Immediate);
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    Ok(())
}

/// Switches to WAL unless already there; returns the journal mode now in force.
///
/// The switch needs the file to itself, and SQLite answers "busy" at once
/// instead of waiting when another connection is opening it too (the first
/// run of two studyplans), so the switch is retried for the busy timeout.
fn switch_to_wal(conn: &Connection) -> rusqlite::Result<String> {
    let started = std::time::Instant::now();
    loop {
        let current: String = conn.pragma_query_value(None, "journal_mode", |row| row.get(0))?;
        if current.eq_ignore_ascii_case("wal") {
            return Ok(current);
        }
        match conn.pragma_update_and_check(None, "journal_mode", "wal", |row| row.get::<_, String>(0)) {
            Err(e) if is_busy(&e) && started.elapsed() < BUSY_TIMEOUT => {
                std::thread::sleep(Duration::from_millis(10));
            }
            other => return other,
        }
    }
}

/// Rewords a failed first write (WAL switch, migration) when the cause is permissions.
fn explain_write_failure(path: &Path, report: color_eyre::Report) -> color_eyre::Report {
    let code = report
        .chain()
        .find_map(|e| e.downcast_ref::<rusqlite::Error>())
        .and_then(rusqlite::Error::sqlite_error_code);
    match code {
        Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied) => report.wrap_err(format!(
            "cannot write to {}: SQLite needs to write the file and create {}-wal beside it. Make the \
             file and its folder writable, or pass --db PATH to a writable place",
            path.display(),
            path.display()
        )),
        _ => report,
    }
}
