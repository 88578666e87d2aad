//! Opening the database: check the file before any write, then set the pragmas and migrate.
//!
//! Order matters. A file that is not SQLite, is truncated, or was written by
//! a newer studyplan must be left byte-for-byte as it was, and switching to
//! WAL already writes to the file; so the header is read by hand and the
//! schema version is read through a read-only connection first.

use std::fs;
use std::io::Read;
use std::path::Path;
use std::time::Duration;

use color_eyre::eyre::{WrapErr, eyre};
use rusqlite::{Connection, ErrorCode, OpenFlags, TransactionBehavior};

use super::schema::{self, MIGRATIONS, SCHEMA_VERSION};
use super::{Settings, StoreResult};

/// The first 16 bytes of every SQLite 3 database file.
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// The size of the SQLite file header.
const HEADER_LEN: usize = 100;

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
    if exists {
        check_header(path)?;
        probe_read_only(path)?;
    }
    let mut conn = Connection::open(path).map_err(|e| cannot_open(path, &e))?;
    if conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(false) {
        return Err(eyre!(
            "{shown} is read-only: make it writable (chmod u+w) or pass --db PATH to another file"
        ));
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

/// Reads the 100-byte header and the file length: refuses anything that is
/// not a whole SQLite 3 database. An empty file is a new database to SQLite.
pub fn check_header(path: &Path) -> StoreResult<()> {
    let shown = path.display();
    let mut file = fs::File::open(path)
        .wrap_err_with(|| format!("cannot read {shown}: check its permissions, or pass --db PATH to another file"))?;
    let len = file
        .metadata()
        .wrap_err_with(|| format!("cannot read the size of {shown}"))?
        .len();
    if len == 0 {
        return Ok(());
    }
    let mut header = [0u8; HEADER_LEN];
    let read = read_up_to(&mut file, &mut header).wrap_err_with(|| format!("cannot read {shown}"))?;
    if read < SQLITE_MAGIC.len() || &header[..SQLITE_MAGIC.len()] != SQLITE_MAGIC {
        return Err(not_sqlite(path));
    }
    if read < HEADER_LEN {
        return Err(truncated(path, len));
    }
    // Page size: bytes 16-17, big-endian; the value 1 means 65536.
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65_536u64,
        n => u64::from(n),
    };
    if page_size < 512 || !page_size.is_power_of_two() {
        return Err(eyre!(
            "{shown} is damaged: its header gives an impossible page size ({page_size}). The file was \
             not changed; restore a backup (`studyplan restore FILE`) or pass --db PATH to a new file"
        ));
    }
    // A killed checkpoint can leave page 1 (with the new size) written before the
    // pages after it; the WAL (or rollback journal) still holds them and SQLite
    // completes the work on open. Only a file with nothing to recover must be whole.
    if has_content(path, "-wal") || has_content(path, "-journal") {
        return Ok(());
    }
    if len % page_size != 0 {
        return Err(truncated(path, len));
    }
    // The page count in bytes 28-31 is valid when bytes 92-95 match the change counter (24-27).
    let pages = u32::from_be_bytes([header[28], header[29], header[30], header[31]]);
    if header[92..96] == header[24..28] && len < u64::from(pages) * page_size {
        return Err(truncated(path, len));
    }
    Ok(())
}

/// Fills `buf` as far as the file allows; returns how many bytes were read.
fn read_up_to(file: &mut fs::File, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match file.read(&mut buf[filled..])? {
            0 => break,
            n => filled += n,
        }
    }
    Ok(filled)
}

/// Opens the file read-only to read its schema version and parse its schema,
/// so a damaged, foreign or newer database is refused before anything writes.
///
/// A refusal is confirmed twice more after a short pause: an immutable read
/// can catch another process's checkpoint half-written, which passes; a
/// damaged, foreign or newer file stays so.
fn probe_read_only(path: &Path) -> StoreResult<()> {
    let mut verdict = probe_once(path);
    for pause_ms in [20, 80] {
        if verdict.is_ok() {
            break;
        }
        std::thread::sleep(Duration::from_millis(pause_ms));
        verdict = probe_once(path);
    }
    verdict
}

/// One read-only look at the version and the schema.
fn probe_once(path: &Path) -> StoreResult<()> {
    let shown = path.display().to_string();
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
    let opened = if is_wal_without_side_files(path) {
        // Read-only on a WAL file would create `-wal` and `-shm` beside it. No
        // other process has it open (they would exist), so read it as immutable.
        Connection::open_with_flags(format!("{}?immutable=1", file_uri(path)), flags)
    } else {
        Connection::open_with_flags(file_uri(path), flags)
    };
    let conn = match opened {
        Ok(conn) => conn,
        Err(e) if is_read_only_error(&e) => return Ok(()),
        Err(e) => return Err(cannot_open(path, &e)),
    };
    // One statement is one read transaction: the version and the tables come from
    // the same snapshot, even while another process migrates the file.
    let read = conn.query_row(
        "SELECT user_version, (SELECT count(*) FROM sqlite_schema) FROM pragma_user_version",
        [],
        |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)),
    );
    let (version, tables) = match read {
        Ok((v, t)) => (u32::try_from(v).unwrap_or(u32::MAX), t),
        // A hot journal cannot be rolled back read-only; the read-write open recovers it.
        Err(e) if is_read_only_error(&e) || is_busy(&e) => return Ok(()),
        Err(e) => return Err(damaged(path, &e)),
    };
    if version > SCHEMA_VERSION {
        return Err(schema::newer_schema_error(&shown, version, SCHEMA_VERSION));
    }
    if version == 0 && tables > 0 {
        return Err(eyre!(
            "{shown} is a SQLite database of another program (it has tables but no studyplan schema \
             version). The file was not changed; pass --db PATH to a new file"
        ));
    }
    Ok(())
}

/// True when the file `path` + `suffix` exists and is not empty.
fn has_content(path: &Path, suffix: &str) -> bool {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    fs::metadata(Path::new(&name)).is_ok_and(|m| m.len() > 0)
}

/// True when the header says WAL (bytes 18-19 are 2) and no `-wal`/`-shm` file exists.
fn is_wal_without_side_files(path: &Path) -> bool {
    let mut header = [0u8; 20];
    let is_wal = fs::File::open(path)
        .and_then(|mut f| read_up_to(&mut f, &mut header))
        .is_ok_and(|n| n == header.len() && header[18] == 2 && header[19] == 2);
    let side = |suffix: &str| {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        Path::new(&name).exists()
    };
    is_wal && !side("-wal") && !side("-shm")
}

/// A `file:` URI for `path`, every byte outside the unreserved set percent-encoded.
fn file_uri(path: &Path) -> String {
    let mut uri = String::from("file:");
    for &byte in path.as_os_str().as_encoded_bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~' | b'/') {
            uri.push(char::from(byte));
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri
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

/// Reads back the connection settings that [`configure`] set.
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

fn is_read_only_error(e: &rusqlite::Error) -> bool {
    e.sqlite_error_code() == Some(ErrorCode::ReadOnly)
}

fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked)
    )
}

fn not_sqlite(path: &Path) -> color_eyre::Report {
    eyre!(
        "{} is not a SQLite database (its first bytes are not a SQLite header). The file was not \
         changed; pass --db PATH to a new file, or restore a backup",
        path.display()
    )
}

fn truncated(path: &Path, len: u64) -> color_eyre::Report {
    eyre!(
        "{} is truncated or damaged ({len} bytes, not a whole SQLite database). The file was not \
         changed; restore a backup (`studyplan restore FILE`) or pass --db PATH to a new file",
        path.display()
    )
}

fn damaged(path: &Path, e: &rusqlite::Error) -> color_eyre::Report {
    eyre!(
        "{} is damaged ({e}). The file was not changed; restore a backup (`studyplan restore FILE`) \
         or pass --db PATH to a new file",
        path.display()
    )
}

fn cannot_open(path: &Path, e: &rusqlite::Error) -> color_eyre::Report {
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
