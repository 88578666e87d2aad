//! Schema migrations: from an empty version-0 file, from every released
//! version (fixtures kept in `tests/fixtures/`), and a step that fails or is
//! killed half-way leaves the old schema, never a mix.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "store_support/fixtures.rs"]
mod fixtures;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use fixtures::{at, day, started_store, temp_db};
use rusqlite::Connection;
use studyplan::plan::ItemState;
use studyplan::store::schema::{MIGRATIONS, SCHEMA_VERSION, migrate, user_version};
use studyplan::store::{Store, WeeklyReview};

fn tables(conn: &Connection) -> Vec<String> {
    let mut stmt = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap();
    stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
}

#[test]
fn an_empty_version_0_database_is_migrated_to_the_current_schema() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v0.sqlite");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE t (x); DROP TABLE t;").unwrap();
        assert_eq!(user_version(&conn).unwrap(), 0);
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.settings().unwrap().schema_version, SCHEMA_VERSION);
    let conn = Connection::open(&path).unwrap();
    let names = tables(&conn);
    for table in [
        "roadmap",
        "enrollment",
        "item_status",
        "task",
        "time_log",
        "timer",
        "review",
    ] {
        assert!(names.iter().any(|n| n == table), "{table} in {names:?}");
    }
}

#[test]
fn a_step_that_fails_half_way_leaves_the_previous_version_whole() {
    let mut conn = Connection::open_in_memory().unwrap();
    let failing = "CREATE TABLE half_done (x INTEGER) STRICT; INSERT INTO half_done VALUES (1); \
                   INSERT INTO no_such_table VALUES (1);";
    let steps = [MIGRATIONS[0], failing];
    let err = migrate(&mut conn, &steps, "test.sqlite").unwrap_err();
    assert!(
        format!("{err}").contains("upgrade to version 2 failed; the database is unchanged"),
        "{err}"
    );
    assert_eq!(user_version(&conn).unwrap(), 1);
    assert!(
        !tables(&conn).iter().any(|t| t == "half_done"),
        "no part of step 2 is left"
    );
    assert!(tables(&conn).iter().any(|t| t == "time_log"), "step 1 is whole");
}

#[test]
fn migrating_twice_applies_nothing_the_second_time() {
    let mut conn = Connection::open_in_memory().unwrap();
    assert_eq!(migrate(&mut conn, MIGRATIONS, "memory").unwrap(), SCHEMA_VERSION);
    assert_eq!(migrate(&mut conn, MIGRATIONS, "memory").unwrap(), SCHEMA_VERSION);
}

/// A long second step, for the kill test: a million inserted rows.
const SLOW_STEP: &str = "CREATE TABLE slow (i INTEGER) STRICT;
    WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c LIMIT 3000000) INSERT INTO slow SELECT i FROM c;";

#[test]
fn a_migration_killed_half_way_leaves_the_old_or_the_new_schema() {
    let exe = std::env::current_exe().unwrap();
    let mut saw_old = false;
    for delay_ms in [20u64, 60, 150, 400] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("migrating.sqlite");
        drop(Store::open(&path).unwrap());
        let mut child = Command::new(&exe)
            .args(["--exact", "slow_migration_process", "--ignored", "--nocapture"])
            .env("STUDYPLAN_TEST_DB", &path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        child.kill().unwrap();
        child.wait().unwrap();
        let conn = Connection::open(&path).unwrap();
        let version = user_version(&conn).unwrap();
        let has_slow = tables(&conn).iter().any(|t| t == "slow");
        match version {
            1 => {
                assert!(!has_slow, "version 1 must not hold part of step 2");
                saw_old = true;
            }
            2 => {
                let rows: i64 = conn.query_row("SELECT count(*) FROM slow", [], |r| r.get(0)).unwrap();
                assert_eq!(rows, 3_000_000, "version 2 holds all of step 2");
            }
            other => panic!("unexpected version {other}"),
        }
        let ok: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(ok, "ok");
    }
    assert!(saw_old, "at least one kill landed inside the step");
}

#[test]
#[ignore = "a child process of a_migration_killed_half_way_leaves_the_old_or_the_new_schema"]
fn slow_migration_process() {
    let path = std::env::var("STUDYPLAN_TEST_DB").unwrap();
    let mut conn = Connection::open(path).unwrap();
    migrate(&mut conn, &[MIGRATIONS[0], SLOW_STEP], "slow").unwrap();
}

fn fixture(version: u32) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/store_v{version}.sqlite"))
}

/// The data every fixture holds, written through the store of its version.
fn fill_fixture(path: &Path) {
    let mut store = started_store(path);
    store
        .set_status("d-numpy", Some(ItemState::Done), day("2026-11-24"))
        .unwrap();
    store.add_task("write the blog post", day("2026-11-25")).unwrap();
    store
        .log_time(day("2026-11-24"), "build", 75, Some("first model"))
        .unwrap();
    store.start_timer("learn", at("2026-11-26 21:40")).unwrap();
    let review = WeeklyReview {
        monday: None,
        answers: vec![("q-ship".into(), "yes".into())],
        went_well: "daily commits".into(),
        in_the_way: "travel".into(),
        next_focus: "attention".into(),
    };
    store.save_review(day("2026-11-23"), &review).unwrap();
    store.save_note(day("2026-11-24"), "good day").unwrap();
}

#[test]
#[ignore = "writes tests/fixtures/store_vN.sqlite for the current schema; run once per released version"]
fn write_fixture_of_the_current_schema() {
    let (_dir, path) = temp_db();
    fill_fixture(&path);
    let target = fixture(SCHEMA_VERSION);
    let _ = fs::remove_file(&target);
    Store::open(&path).unwrap().backup_to(&target).unwrap();
}

#[test]
fn every_released_schema_fixture_upgrades_with_its_data() {
    for version in 1..=SCHEMA_VERSION {
        let source = fixture(version);
        assert!(
            source.exists(),
            "missing fixture {}: run write_fixture_of_the_current_schema",
            source.display()
        );
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.sqlite");
        fs::copy(&source, &path).unwrap();
        let store = Store::open(&path).unwrap();
        assert_eq!(store.settings().unwrap().schema_version, SCHEMA_VERSION);
        store.integrity_check().unwrap();
        assert_eq!(store.active_enrollment().unwrap().unwrap().roadmap_id, "tiny");
        assert_eq!(store.statuses().unwrap()[0].item_id, "d-numpy");
        assert_eq!(
            store.tasks_between(day("2026-11-25"), day("2026-11-25")).unwrap()[0].title,
            "write the blog post"
        );
        assert_eq!(
            store.time_between(day("2026-11-24"), day("2026-11-24")).unwrap()[0].minutes,
            75
        );
        assert_eq!(store.timer().unwrap().unwrap().started_at, at("2026-11-26 21:40"));
        assert_eq!(
            store.review(day("2026-11-23")).unwrap().unwrap().went_well,
            "daily commits"
        );
        assert_eq!(store.note(day("2026-11-24")).unwrap().as_deref(), Some("good day"));
        assert_eq!(store.roadmaps().unwrap()[0].title, "Tiny track");
    }
}
