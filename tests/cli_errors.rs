//! Bad input gets one clear message, exit code 1 (2 for a command line clap
//! cannot parse), and the database is exactly as it was.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/cli.rs"]
mod support;

use support::{Learner, dump};

const DAY: &str = "2026-01-06";

fn started() -> Learner {
    let learner = Learner::new();
    learner.ok(DAY, &["start", "fast-track-6-month", "--on", "2026-01-05"]);
    learner.ok(DAY, &["log", "build", "30m"]);
    learner
}

#[test]
fn an_unknown_roadmap_id_lists_the_known_ones() {
    let learner = started();
    let err = learner.refused(DAY, &["start", "fast-track"]);
    assert!(err.contains("`fast-track`"), "{err}");
    for id in [
        "fast-track-6-month",
        "standard-9-month",
        "quarterly-2026",
        "genai-five-projects",
    ] {
        assert!(err.contains(id), "{err}");
    }
}

#[test]
fn bad_dates_and_weeks_say_the_expected_form() {
    let learner = started();
    let err = learner.refused(DAY, &["start", "standard-9-month", "--daily-minutes", "2000"]);
    assert!(err.contains("--daily-minutes 2000"), "{err}");
    let err = learner.refused(DAY, &["start", "standard-9-month", "--on", "2026-02-30"]);
    assert!(err.contains("2026-02-30") && err.contains("YYYY-MM-DD"), "{err}");
    let err = learner.refused(DAY, &["log", "build", "30m", "--on", "yesterday"]);
    assert!(err.contains("YYYY-MM-DD"), "{err}");
    let err = learner.refused(DAY, &["week", "--week", "2026-W60"]);
    assert!(err.contains("2026") && err.contains("53"), "{err}");
    let err = learner.refused(DAY, &["review", "--week", "48"]);
    assert!(err.contains("2026-W48"), "{err}");
    let err = learner.refused("06/01/2026", &["today"]);
    assert!(err.contains("STUDYPLAN_TODAY"), "{err}");
}

#[test]
fn bad_durations_zero_and_more_than_a_day_are_refused() {
    let learner = started();
    let err = learner.refused(DAY, &["log", "build", "soon"]);
    assert!(err.contains("1h30m"), "{err}");
    let err = learner.refused(DAY, &["log", "build", "0m"]);
    assert!(err.contains("at least 1m"), "{err}");
    let err = learner.refused(DAY, &["log", "build", "25h"]);
    assert!(err.contains("24 hours"), "{err}");
    // 30m are already logged on DAY: 23h45m more would pass a day.
    learner.ok(DAY, &["log", "learn", "23h", "--yes"]);
    let err = learner.refused(DAY, &["log", "polish", "45m"]);
    assert!(err.contains("24 hours") && err.contains("23h30m"), "{err}");
}

#[test]
fn an_unknown_block_lists_the_roadmaps_blocks() {
    let learner = started();
    let err = learner.refused(DAY, &["log", "nap", "30m"]);
    assert!(err.contains("`nap`"), "{err}");
    for block in ["learn", "build", "polish"] {
        assert!(err.contains(block), "{err}");
    }
    learner.refused(DAY, &["timer", "start", "nap"]);
    // Display names work as well as ids.
    learner.ok(DAY, &["log", "Build", "5m"]);
}

#[test]
fn unknown_item_and_task_ids_say_where_to_find_the_ids() {
    let learner = started();
    let err = learner.refused(DAY, &["done", "no-such-deliverable"]);
    assert!(
        err.contains("no-such-deliverable") && err.contains("roadmap show"),
        "{err}"
    );
    learner.refused(DAY, &["skip", "no-such-deliverable"]);
    let err = learner.refused(DAY, &["task", "done", "999"]);
    assert!(err.contains("#999") && err.contains("task list"), "{err}");
    let err = learner.refused(DAY, &["task", "add", "   "]);
    assert!(err.contains("title"), "{err}");
}

#[test]
fn commands_before_any_start_say_how_to_start() {
    let learner = Learner::new();
    learner.ok(DAY, &["roadmap", "list"]);
    let err = learner.refused(DAY, &["today"]);
    assert!(err.contains("studyplan start"), "{err}");
    learner.refused(DAY, &["log", "build", "30m"]);
    learner.refused(DAY, &["timer", "stop"]);
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_and_left_alone() {
    let learner = Learner::new();
    let notes = learner.path("notes.txt");
    let content = "my study notes, not a database\n".repeat(200);
    std::fs::write(&notes, &content).unwrap();
    let out = learner.command_on(&notes, DAY).arg("today").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("notes.txt"), "{err}");
    assert_eq!(std::fs::read_to_string(&notes).unwrap(), content);
}

#[test]
fn a_folder_that_cannot_be_created_is_reported() {
    let learner = Learner::new();
    let blocker = learner.path("a-file");
    std::fs::write(&blocker, "x").unwrap();
    let db = blocker.join("sub").join("studyplan.db");
    let out = learner.command_on(&db, DAY).args(["roadmap", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("a-file"), "{err}");
}

#[test]
fn a_database_from_a_newer_studyplan_is_refused_and_never_written() {
    let learner = started();
    {
        let conn = rusqlite::Connection::open(&learner.db).unwrap();
        conn.pragma_update(None, "user_version", 9999).unwrap();
    }
    let before = dump(&learner.db);
    let err = learner.refused(DAY, &["log", "build", "30m"]);
    assert!(err.to_lowercase().contains("newer"), "{err}");
    assert_eq!(before, dump(&learner.db));
}

#[test]
fn usage_errors_exit_2() {
    let learner = Learner::new();
    assert_eq!(learner.run(DAY, &["start"]).code, 2);
    assert_eq!(learner.run(DAY, &["--no-such-flag"]).code, 2);
    assert_eq!(learner.run(DAY, &["week", "--week", "2026-W02", "--date", DAY]).code, 2);
    assert_eq!(learner.run(DAY, &["task", "done", "three"]).code, 2);
    assert!(!learner.db.exists(), "a usage error must not create the database");
}

#[test]
fn errors_carry_no_escape_sequences_from_input() {
    let learner = started();
    let err = learner.refused(DAY, &["done", "evil\u{1b}]0;pwned\u{7}"]);
    assert!(!err.contains('\u{1b}') && !err.contains('\u{7}'), "{err:?}");
}
