//! Backups through SQLite (`VACUUM INTO`), taken while a writer runs, and
//! restores that check the backup before replacing anything.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "store_support/fixtures.rs"]
mod fixtures;

use std::fs;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;

use chrono::Duration;
use fixtures::{day, started_store, temp_db};
use rusqlite::Connection;
use studyplan::store::Store;
use studyplan::store::schema::SCHEMA_VERSION;

#[test]
fn a_backup_is_a_whole_database_with_the_same_data() {
    let (dir, path) = temp_db();
    let mut store = started_store(&path);
    store
        .log_time(day("2026-11-24"), "build", 90, Some("attention"))
        .unwrap();
    let target = dir.path().join("backup.sqlite");
    store.backup_to(&target).unwrap();
    assert!(!dir.path().join("backup.sqlite.partial").exists());
    let copy = Store::open(&target).unwrap();
    copy.integrity_check().unwrap();
    assert_eq!(
        copy.time_between(day("2026-11-24"), day("2026-11-24")).unwrap()[0].minutes,
        90
    );
    assert_eq!(copy.active_enrollment().unwrap(), store.active_enrollment().unwrap());
}

#[test]
fn a_backup_never_overwrites_a_file() {
    let (dir, path) = temp_db();
    let store = Store::open(&path).unwrap();
    let target = dir.path().join("precious.txt");
    fs::write(&target, b"keep me").unwrap();
    let err = store.backup_to(&target).unwrap_err();
    assert!(format!("{err}").contains("already exists"), "{err}");
    assert_eq!(fs::read(&target).unwrap(), b"keep me");
}

#[test]
fn backups_taken_while_a_writer_runs_all_pass_the_integrity_check() {
    let (dir, path) = temp_db();
    drop(started_store(&path));
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (path, stop) = (path.clone(), Arc::clone(&stop));
        thread::spawn(move || {
            let mut store = Store::open(&path).unwrap();
            let mut n = 0i64;
            while !stop.load(Ordering::Relaxed) {
                store
                    .log_time(day("2020-01-01") + Duration::days(n), "build", 5, None)
                    .unwrap();
                store
                    .add_task(&format!("task {n}"), day("2020-01-01") + Duration::days(n))
                    .unwrap();
                n += 1;
            }
            n
        })
    };
    let store = Store::open(&path).unwrap();
    let mut sizes = Vec::new();
    for i in 0..8 {
        let target = dir.path().join(format!("backup-{i}.sqlite"));
        store.backup_to(&target).unwrap();
        let copy = Store::open(&target).unwrap();
        copy.integrity_check().unwrap();
        let logs = copy.time_between(day("2000-01-01"), day("2100-01-01")).unwrap().len();
        let tasks = copy.tasks_between(day("2000-01-01"), day("2100-01-01")).unwrap().len();
        // Each write is its own transaction: a snapshot sees a whole log and task pair, or
        // a log whose task is not committed yet.
        assert!(
            logs == tasks || logs == tasks + 1,
            "backup {i}: {logs} logs, {tasks} tasks"
        );
        sizes.push(logs);
        thread::sleep(std::time::Duration::from_millis(20));
    }
    stop.store(true, Ordering::Relaxed);
    let written = writer.join().unwrap();
    assert!(sizes.windows(2).all(|w| w[0] <= w[1]), "{sizes:?}");
    assert!(*sizes.last().unwrap() as i64 <= written);
}

#[test]
fn a_restore_replaces_the_data_and_keeps_the_schema_current() {
    let (dir, path) = temp_db();
    let mut store = started_store(&path);
    store.log_time(day("2026-11-24"), "build", 90, None).unwrap();
    let target = dir.path().join("backup.sqlite");
    store.backup_to(&target).unwrap();
    store.log_time(day("2026-11-25"), "learn", 30, None).unwrap();
    store.restore_from(&target).unwrap();
    let days: Vec<_> = store.minutes_per_day(day("2026-11-01"), day("2026-11-30")).unwrap();
    assert_eq!(days, [(day("2026-11-24"), 90)]);
    assert_eq!(store.settings().unwrap().schema_version, SCHEMA_VERSION);
    drop(store);
    let other = Store::open(&path).unwrap();
    assert_eq!(
        other
            .minutes_per_day(day("2026-11-01"), day("2026-11-30"))
            .unwrap()
            .len(),
        1
    );
    other.integrity_check().unwrap();
}

#[test]
fn a_bad_backup_is_refused_and_nothing_changes() {
    let (dir, path) = temp_db();
    let mut store = started_store(&path);
    store.log_time(day("2026-11-24"), "build", 90, None).unwrap();

    let text = dir.path().join("notes.txt");
    fs::write(&text, b"not a backup at all").unwrap();
    assert!(format!("{:#}", store.restore_from(&text).unwrap_err()).contains("is not a SQLite database"));

    let newer = dir.path().join("newer.sqlite");
    store.backup_to(&newer).unwrap();
    Connection::open(&newer)
        .unwrap()
        .pragma_update(None, "user_version", SCHEMA_VERSION + 1)
        .unwrap();
    assert!(format!("{:#}", store.restore_from(&newer).unwrap_err()).contains("Upgrade studyplan"));

    let missing = dir.path().join("missing.sqlite");
    assert!(store.restore_from(&missing).is_err());
    assert!(!missing.exists(), "a missing backup is not created");

    assert_eq!(
        store.minutes_per_day(day("2026-11-24"), day("2026-11-24")).unwrap(),
        [(day("2026-11-24"), 90)]
    );
}
