//! The text boxes in a real terminal, as a learner types: a note typed,
//! Esc asks before throwing it away, no goes back to the text, and Ctrl-S
//! saves it; Ctrl-U clears a task's title instead of doubling it.
//!
//! Skipped with a note when tmux is not installed; fails under `CI=true`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // in tests a failed unwrap is a failed test

#[path = "support/tmux.rs"]
mod support;

use std::time::Duration;

use studyplan::store::Store;
use support::{Tmux, studyplan_ok, tmux_installed};

const TODAY: &str = "2026-11-24";

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap()
}

/// The interface open on a fresh fast-track plan, showing Today.
fn open_interface(db: &std::path::Path, name: &str) -> Tmux {
    studyplan_ok(
        db,
        &["--today", TODAY, "start", "fast-track-6-month", "--on", "2026-11-02"],
    );
    let tmux = Tmux::new(name);
    tmux.start(100, 30, "env TERM=xterm-256color sh");
    let command = format!(
        "{} --db '{}' --today {TODAY}",
        env!("CARGO_BIN_EXE_studyplan"),
        db.display()
    );
    tmux.keys(&[&command, "Enter"]);
    tmux.wait_for("Blocks");
    tmux
}

fn quit(tmux: &Tmux) {
    tmux.keys(&["q"]);
    assert!(
        tmux.wait_until(Duration::from_secs(5), |t| !t.alternate_screen_on()),
        "the app did not quit:\n{}",
        tmux.screen()
    );
}

#[test]
fn esc_on_a_typed_note_asks_no_keeps_the_text_and_ctrl_s_saves_it() {
    if !tmux_installed() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("study.db");
    let tmux = open_interface(&db, "boxes-note");
    tmux.keys(&["n"]);
    // The box says how to save and how to add a line.
    tmux.wait_for("Ctrl-S saves · Enter adds a line · Esc cancels");
    tmux.keys(&["-l", "Masking finally clicked"]);
    tmux.wait_for("Masking finally clicked");
    tmux.keys(&["Escape"]);
    let asked = tmux.wait_for("Discard the note?");
    assert!(asked.contains("y/Enter yes · n/Esc no"), "{asked}");
    tmux.keys(&["n"]);
    let back = tmux.wait_for("Ctrl-S saves");
    assert!(back.contains("Masking finally clicked"), "no keeps the text:\n{back}");
    assert!(!back.contains("Discard the note?"), "{back}");
    // Enter adds a line; the text goes on under it.
    tmux.keys(&["Enter"]);
    tmux.keys(&["-l", "Padding next"]);
    tmux.wait_for("Padding next");
    tmux.keys(&["C-s"]);
    tmux.wait_for("Note saved.");
    quit(&tmux);
    let store = Store::open(&db).unwrap();
    assert_eq!(
        store.note(today()).unwrap().as_deref(),
        Some("Masking finally clicked\nPadding next")
    );
}

#[test]
fn ctrl_u_clears_a_title_and_ctrl_z_brings_it_back_inside_the_box() {
    if !tmux_installed() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("study.db");
    let tmux = open_interface(&db, "boxes-title");
    tmux.keys(&["a"]);
    tmux.wait_for("Enter/Ctrl-S saves · one line only");
    tmux.keys(&["-l", "Read the pandas docs"]);
    tmux.wait_for("Read the pandas docs");
    tmux.keys(&["C-u"]);
    assert!(
        tmux.wait_until(Duration::from_secs(5), |t| !t.screen().contains("Read the pandas")),
        "Ctrl-U clears the line:\n{}",
        tmux.screen()
    );
    // Ctrl-Z undoes inside the box: the app is not suspended.
    tmux.keys(&["C-z"]);
    tmux.wait_for("Read the pandas docs");
    assert!(tmux.alternate_screen_on(), "Ctrl-Z in a box does not suspend");
    tmux.keys(&["C-w"]);
    tmux.keys(&["-l", "guide"]);
    tmux.wait_for("Read the pandas guide");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Task added.");
    quit(&tmux);
    let store = Store::open(&db).unwrap();
    let titles: Vec<String> = store
        .tasks_between(today(), today())
        .unwrap()
        .into_iter()
        .map(|t| t.title)
        .collect();
    assert_eq!(titles, ["Read the pandas guide"]);
}
