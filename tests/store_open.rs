//! Opening the database: folder and file creation, pragmas, and files that
//! must be refused without being touched (not SQLite, truncated, newer schema,
//! another program's database).
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "store_support/fixtures.rs"]
mod fixtures;

use std::fs;

use fixtures::{day, temp_db};
use rusqlite::Connection;
use studyplan::store::Store;
use studyplan::store::schema::SCHEMA_VERSION;

#[test]
fn open_creates_the_folder_and_the_file() {
    let (_dir, path) = temp_db();
    assert!(!path.parent().unwrap().exists());
    let store = Store::open(&path).unwrap();
    assert!(path.is_file());
    assert_eq!(store.path(), path.as_path());
    assert!(store.is_empty().unwrap());
}

#[test]
fn open_sets_wal_full_sync_foreign_keys_and_the_schema_version() {
    let (_dir, path) = temp_db();
    drop(Store::open(&path).unwrap());
    let conn = Connection::open(&path).unwrap();
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    let version: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, SCHEMA_VERSION);
    let settings = Store::open(&path).unwrap().settings().unwrap();
    assert_eq!(settings.journal_mode, "wal");
    assert_eq!(settings.synchronous, "2", "synchronous=FULL");
    assert!(settings.foreign_keys);
    assert_eq!(settings.busy_timeout_ms, 5000);
    assert_eq!(settings.schema_version, SCHEMA_VERSION);
}

#[test]
fn reopening_keeps_the_data() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    store.add_task("read chapter 3", day("2026-11-24")).unwrap();
    drop(store);
    let store = Store::open(&path).unwrap();
    let tasks = store.tasks_between(day("2026-11-24"), day("2026-11-24")).unwrap();
    assert_eq!(tasks.len(), 1);
    assert_eq!(tasks[0].title, "read chapter 3");
    store.integrity_check().unwrap();
}

fn assert_refused_untouched(bytes: &[u8], expected: &str) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("studyplan.sqlite");
    fs::write(&path, bytes).unwrap();
    let err = Store::open(&path).err().expect("the file must be refused");
    let message = format!("{err:#}");
    assert!(
        message.contains(&path.display().to_string()),
        "names the path: {message}"
    );
    assert!(message.contains(expected), "says why: {message}");
    assert_eq!(fs::read(&path).unwrap(), bytes, "the file is byte-for-byte untouched");
    assert!(
        !dir.path().join("studyplan.sqlite-wal").exists(),
        "no WAL file was created"
    );
}

#[test]
fn a_text_file_is_refused_and_left_untouched() {
    assert_refused_untouched(b"these are my notes, not a database\n", "is not a SQLite database");
}

#[test]
fn a_short_file_is_refused_and_left_untouched() {
    assert_refused_untouched(b"SQLite", "is not a SQLite database");
}

/// A real database of the current schema with some data, as bytes.
fn real_database_bytes() -> Vec<u8> {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    for i in 0..200 {
        store
            .add_task(
                &format!("task number {i} with a longer title to fill pages"),
                day("2026-11-24"),
            )
            .unwrap();
    }
    drop(store);
    fs::read(&path).unwrap()
}

#[test]
fn a_truncated_database_is_refused_and_left_untouched() {
    let bytes = real_database_bytes();
    assert!(bytes.len() > 8192);
    assert_refused_untouched(&bytes[..bytes.len() - 4096], "truncated");
    assert_refused_untouched(&bytes[..bytes.len() - 100], "truncated");
    assert_refused_untouched(&bytes[..50], "truncated");
}

#[test]
fn a_database_with_a_garbled_schema_page_is_refused_and_left_untouched() {
    let mut bytes = real_database_bytes();
    for b in &mut bytes[100..4096] {
        *b = 0xA5;
    }
    assert_refused_untouched(&bytes, "damaged");
}

#[test]
fn damage_found_after_opening_names_the_file_and_leaves_it_untouched() {
    let mut bytes = real_database_bytes();
    let len = bytes.len();
    // The last page holds task rows, not the schema: opening cannot see it.
    for b in &mut bytes[len - 4096 + 8..len - 8] {
        *b = 0xA5;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("studyplan.sqlite");
    fs::write(&path, &bytes).unwrap();
    let store = Store::open(&path).unwrap();
    let err = store.tasks_between(day("2026-01-01"), day("2026-12-31")).unwrap_err();
    let message = format!("{err:#}");
    assert!(message.contains(&format!("{} is damaged", path.display())), "{message}");
    assert!(message.contains("studyplan restore"), "{message}");
    drop(store);
    assert_eq!(fs::read(&path).unwrap(), bytes);
}

#[test]
fn a_newer_schema_is_refused_and_left_untouched() {
    let (_dir, path) = temp_db();
    drop(Store::open(&path).unwrap());
    {
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1).unwrap();
        conn.pragma_update(None, "journal_mode", "delete").unwrap();
    }
    let before = fs::read(&path).unwrap();
    let err = Store::open(&path).err().expect("a newer schema must be refused");
    let message = format!("{err:#}");
    assert!(message.contains("Upgrade studyplan"), "{message}");
    assert!(message.contains(&path.display().to_string()), "{message}");
    assert_eq!(fs::read(&path).unwrap(), before);
    let mode: String = Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "delete", "the journal mode was not switched to WAL");
}

/// A newer studyplan leaves its file in WAL mode: it is checked on the
/// read-write connection (no separate probe), and must stay as it was.
#[test]
fn a_newer_schema_in_wal_mode_is_refused_and_left_untouched() {
    let (dir, path) = temp_db();
    drop(Store::open(&path).unwrap());
    {
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1).unwrap();
    }
    let before = fs::read(&path).unwrap();
    assert_eq!(&before[18..20], &[2, 2], "the fixture is a WAL-mode file");
    let err = Store::open(&path).err().expect("a newer schema must be refused");
    let message = format!("{err:#}");
    assert!(message.contains("Upgrade studyplan"), "{message}");
    assert!(message.contains(&path.display().to_string()), "{message}");
    assert_eq!(fs::read(&path).unwrap(), before, "the file is byte-for-byte untouched");
    assert!(
        !path.with_extension("sqlite-wal").exists(),
        "no WAL file is left behind"
    );
    drop(dir);
}

/// Another program's database in WAL mode takes the same short path.
#[test]
fn another_programs_wal_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.sqlite");
    {
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "journal_mode", "wal").unwrap();
        conn.execute_batch("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada');")
            .unwrap();
    }
    let before = fs::read(&path).unwrap();
    assert_eq!(&before[18..20], &[2, 2], "the fixture is a WAL-mode file");
    let err = Store::open(&path).err().expect("a foreign database must be refused");
    assert!(format!("{err:#}").contains("another program"), "{err:#}");
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn another_programs_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.sqlite");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada');")
            .unwrap();
    }
    let before = fs::read(&path).unwrap();
    let err = Store::open(&path).err().expect("a foreign database must be refused");
    assert!(format!("{err:#}").contains("another program"), "{err:#}");
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn an_empty_file_becomes_a_new_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.sqlite");
    fs::write(&path, b"").unwrap();
    let store = Store::open(&path).unwrap();
    assert!(store.is_empty().unwrap());
}

#[test]
fn a_folder_path_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let err = Store::open(dir.path()).err().expect("a folder is not a database");
    assert!(format!("{err:#}").contains("is a folder"), "{err:#}");
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_gives_an_error_that_names_it() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let locked = dir.path().join("locked");
    fs::create_dir(&locked).unwrap();
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o555)).unwrap();
    if fs::write(locked.join("probe"), b"x").is_ok() {
        // Running as root: permissions do not apply, so there is nothing to observe.
        eprintln!("skipped: permissions are not enforced for this user");
        return;
    }
    let path = locked.join("studyplan.sqlite");
    let err = Store::open(&path).err().expect("an unwritable folder must be refused");
    let message = format!("{err:#}");
    assert!(message.contains(&locked.display().to_string()), "{message}");
    assert!(message.contains("writable"), "{message}");
}
