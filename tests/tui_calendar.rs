//! The interface on a day that matters, in a real terminal: on the exam
//! fixture's fixed Friday, Today says the exam is due today and the Week
//! screen shows it due on that Friday, for a plan started two days late;
//! the Saturday mock exam is an item ticked with Space.
//!
//! Skipped with a note when tmux is not installed; fails under `CI=true`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // in tests a failed unwrap is a failed test

#[path = "support/tmux.rs"]
mod support;

use support::{Tmux, studyplan_ok, tmux_installed};

const EXAM: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/roadmaps/exam-friday.toml");

/// The interface open on `today` for the exam plan started on Wed 31 Mar 2027.
fn open_on(db: &std::path::Path, today: &str, name: &str) -> Tmux {
    let tmux = Tmux::new(name);
    tmux.start(120, 36, "env TERM=xterm-256color sh");
    let command = format!(
        "{} --db '{}' --today {today}",
        env!("CARGO_BIN_EXE_studyplan"),
        db.display()
    );
    tmux.keys(&[&command, "Enter"]);
    tmux.wait_for("Blocks");
    tmux
}

#[test]
fn the_exam_day_and_the_saturday_mock_exam_in_the_interface() {
    if !tmux_installed() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("study.db");
    studyplan_ok(&db, &["--today", "2027-03-31", "roadmap", "import", EXAM]);
    studyplan_ok(
        &db,
        &["--today", "2027-03-31", "start", "exam-friday", "--on", "2027-03-31"],
    );

    let tmux = open_on(&db, "2027-06-18", "calendar-exam");
    let today = tmux.wait_for("Due today: Exam passed");
    assert!(today.contains("Friday 18 June 2027"), "{today}");
    tmux.keys(&["2"]);
    let week = tmux.wait_for("Exam passed");
    assert!(
        week.contains("Fri 18 Jun"),
        "the exam on its Friday in the Week screen:\n{week}"
    );
    tmux.keys(&["q"]);

    let tmux = open_on(&db, "2027-04-03", "calendar-mock");
    tmux.wait_for("Due today: Timed mock exam");
    // The first item row under Deliverables is the Saturday's mock exam.
    let screen = tmux.screen();
    let rows = screen.lines().position(|l| l.contains("[ ] Timed mock exam")).unwrap();
    let first = screen.lines().position(|l| l.contains("Practice ques")).unwrap();
    assert!(rows > first, "{screen}");
    tmux.keys(&["j", "j", "Space"]);
    let ticked = tmux.wait_for("[x] Timed mock exam");
    assert!(ticked.contains("Marked done."), "{ticked}");
    tmux.keys(&["q"]);
    let json: serde_json::Value =
        serde_json::from_str(&studyplan_ok(&db, &["--today", "2027-04-03", "today", "--json"])).unwrap();
    let mock = json["due"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "mock-exam@w1")
        .unwrap();
    assert_eq!(
        (mock["kind"].as_str(), mock["state"].as_str()),
        (Some("recurring"), Some("done")),
        "{mock}"
    );
}
