//! Several writers on one database: two stores interleaved, four threads,
//! four processes while another connection holds a read. Every write lands
//! and nobody sees "database is locked".
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "store_support/fixtures.rs"]
mod fixtures;

use std::path::Path;
use std::process::{Command, Stdio};
use std::thread;

use chrono::Duration;
use fixtures::{at, day, started_store, temp_db};
use rusqlite::Connection;
use studyplan::plan::ItemState;
use studyplan::store::Store;

const WRITES_PER_WRITER: i64 = 200;

fn count(path: &Path, table: &str) -> i64 {
    Connection::open(path)
        .unwrap()
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

/// One writer's share: logs on its own days, tasks, status flips, timer attempts.
fn write_share(path: &Path, writer: i64) {
    let mut store = Store::open(path).unwrap();
    let first_day = day("2026-01-01") + Duration::days(writer * 10);
    for i in 0..WRITES_PER_WRITER {
        let on = first_day + Duration::days(i % 10);
        match i % 4 {
            0 | 1 => {
                store
                    .log_time(on, "build", 1, Some(&format!("writer {writer} #{i}")))
                    .unwrap();
            }
            2 => {
                store.add_task(&format!("writer {writer} task {i}"), on).unwrap();
            }
            _ => {
                let state = if i % 8 == 3 {
                    ItemState::Done
                } else {
                    ItemState::InProgress
                };
                store.set_status("d-numpy", Some(state), on).unwrap();
                // Another writer may hold the one timer: that is a refusal, never a lock error.
                match store.start_timer("learn", at("2026-11-24 08:00")) {
                    Ok(()) => drop(store.stop_timer(at("2026-11-24 08:01"), false).unwrap()),
                    Err(e) => assert!(format!("{e:#}").contains("already running"), "{e:#}"),
                }
            }
        }
    }
}

fn expected_logs(writers: i64) -> i64 {
    writers * WRITES_PER_WRITER / 2
}

#[test]
fn two_stores_on_one_file_interleave_their_writes() {
    let (_dir, path) = temp_db();
    let mut a = started_store(&path);
    let mut b = Store::open(&path).unwrap();
    for i in 0..50 {
        a.log_time(day("2026-11-23"), "learn", 1, None).unwrap();
        b.log_time(day("2026-11-23"), "build", 1, None).unwrap();
        let task = a.add_task(&format!("task {i}"), day("2026-11-24")).unwrap();
        b.set_task_done(task, true).unwrap();
    }
    assert_eq!(
        a.minutes_per_day(day("2026-11-23"), day("2026-11-23")).unwrap()[0].1,
        100
    );
    assert!(
        b.tasks_between(day("2026-11-24"), day("2026-11-24"))
            .unwrap()
            .iter()
            .all(|t| t.done)
    );
}

#[test]
fn four_threads_with_their_own_connections_all_land() {
    let (_dir, path) = temp_db();
    drop(started_store(&path));
    let reader = Connection::open(&path).unwrap();
    reader.execute_batch("BEGIN").unwrap();
    let _: i64 = reader
        .query_row("SELECT count(*) FROM time_log", [], |r| r.get(0))
        .unwrap();
    let handles: Vec<_> = (0..4)
        .map(|writer| {
            let path = path.clone();
            thread::spawn(move || write_share(&path, writer))
        })
        .collect();
    for handle in handles {
        handle.join().unwrap();
    }
    reader.execute_batch("COMMIT").unwrap();
    assert_eq!(count(&path, "time_log"), expected_logs(4));
    assert_eq!(count(&path, "task"), 4 * WRITES_PER_WRITER / 4);
    Store::open(&path).unwrap().integrity_check().unwrap();
}

#[test]
fn four_processes_write_while_another_holds_a_read() {
    let (_dir, path) = temp_db();
    drop(started_store(&path));
    let reader = Connection::open(&path).unwrap();
    reader.execute_batch("BEGIN").unwrap();
    let _: i64 = reader.query_row("SELECT count(*) FROM task", [], |r| r.get(0)).unwrap();
    let exe = std::env::current_exe().unwrap();
    let children: Vec<_> = (0..4)
        .map(|writer| {
            Command::new(&exe)
                .args([
                    "--exact",
                    "writer_process",
                    "--ignored",
                    "--nocapture",
                    "--test-threads=1",
                ])
                .env("STUDYPLAN_TEST_DB", &path)
                .env("STUDYPLAN_TEST_WRITER", writer.to_string())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.status.success() && text.contains("1 passed"), "{text}");
        assert!(!text.contains("locked"), "{text}");
    }
    reader.execute_batch("COMMIT").unwrap();
    assert_eq!(count(&path, "time_log"), expected_logs(4));
    assert_eq!(count(&path, "task"), 4 * WRITES_PER_WRITER / 4);
    assert_eq!(count(&path, "timer"), 0);
    Store::open(&path).unwrap().integrity_check().unwrap();
}

#[test]
#[ignore = "a child process of four_processes_write_while_another_holds_a_read"]
fn writer_process() {
    let path = std::env::var("STUDYPLAN_TEST_DB").unwrap();
    let writer: i64 = std::env::var("STUDYPLAN_TEST_WRITER").unwrap().parse().unwrap();
    write_share(Path::new(&path), writer);
}

#[test]
fn many_first_opens_of_a_new_file_at_once_all_succeed_and_migrate_once() {
    for _ in 0..5 {
        let (_dir, path) = temp_db();
        let handles: Vec<_> = (0..4)
            .map(|i| {
                let path = path.clone();
                thread::spawn(move || {
                    let mut store = Store::open(&path).unwrap();
                    store
                        .add_task(&format!("first task of opener {i}"), day("2026-11-24"))
                        .unwrap();
                })
            })
            .collect();
        for handle in handles {
            handle.join().unwrap();
        }
        let store = Store::open(&path).unwrap();
        assert_eq!(
            store.tasks_between(day("2026-11-24"), day("2026-11-24")).unwrap().len(),
            4
        );
        store.integrity_check().unwrap();
    }
}
