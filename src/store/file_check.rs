//! Checking a database file before anything writes to it.
//!
//! A file that is not SQLite, is truncated, or was written by a newer
//! studyplan (or by another program) must be left byte-for-byte as it was,
//! and switching to WAL already writes to the file; so the header is read by
//! hand and the schema version is read through a read-only connection first.

use std::fs;
use std::io::Read;
use std::path::Path;
use std::time::Duration;

use color_eyre::eyre::{WrapErr, eyre};
use rusqlite::{Connection, OpenFlags};

use super::StoreResult;
use super::schema::{self, SCHEMA_VERSION};
use super::sqlite_errors::{cannot_open, is_busy, is_read_only_error};

/// The first 16 bytes of every SQLite 3 database file.
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// The size of the SQLite file header.
const HEADER_LEN: usize = 100;

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
pub fn probe_read_only(path: &Path) -> StoreResult<()> {
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
    match read_version(&conn) {
        Ok(found) => judge_version(path, found),
        // A hot journal cannot be rolled back read-only; the read-write open recovers it.
        Err(e) if is_read_only_error(&e) || is_busy(&e) => Ok(()),
        Err(e) => Err(damaged(path, &e)),
    }
}

/// True when the read-only probe must run before the read-write open: unless the
/// file is already in WAL mode with no WAL content waiting, opening it read-write
/// can write to it (the switch to WAL, a checkpoint of another run's WAL).
pub fn needs_read_only_probe(path: &Path) -> bool {
    !header_says_wal(path) || has_content(path, "-wal")
}

/// The same checks as the probe, on the read-write connection, before anything
/// writes: for a WAL file with nothing to recover, reading through it leaves the
/// file as it was, and the schema is parsed once instead of twice.
pub fn check_schema(conn: &Connection, path: &Path) -> StoreResult<()> {
    match read_version(conn) {
        Ok(found) => judge_version(path, found),
        Err(e) => Err(damaged(path, &e)),
    }
}

/// The schema version and the number of schema entries, from one snapshot.
fn read_version(conn: &Connection) -> rusqlite::Result<(u32, i64)> {
    // One statement is one read transaction: the version and the tables come from
    // the same snapshot, even while another process migrates the file.
    conn.query_row(
        "SELECT user_version, (SELECT count(*) FROM sqlite_schema) FROM pragma_user_version",
        [],
        |r| {
            let version = r.get::<_, i64>(0)?;
            Ok((u32::try_from(version).unwrap_or(u32::MAX), r.get::<_, i64>(1)?))
        },
    )
}

/// Refuses a newer schema, and a database of another program.
fn judge_version(path: &Path, (version, tables): (u32, i64)) -> StoreResult<()> {
    let shown = path.display().to_string();
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

/// True when the header says WAL: the read and write format bytes (18-19) are 2.
fn header_says_wal(path: &Path) -> bool {
    let mut header = [0u8; 20];
    fs::File::open(path)
        .and_then(|mut f| read_up_to(&mut f, &mut header))
        .is_ok_and(|n| n == header.len() && header[18] == 2 && header[19] == 2)
}

/// True when the header says WAL and no `-wal`/`-shm` file exists.
fn is_wal_without_side_files(path: &Path) -> bool {
    let side = |suffix: &str| {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        Path::new(&name).exists()
    };
    header_says_wal(path) && !side("-wal") && !side("-shm")
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
