//! End to end in a real terminal: tmux runs the built binary on a temporary
//! database, keys are sent as a person would type them, and the screen is
//! read back with `capture-pane`. Then the database must hold the changes and
//! the terminal must be back at the shell prompt, out of the alternate screen.
//!
//! Skipped with a note when tmux is not installed (CI installs it).

#![allow(clippy::unwrap_used, clippy::expect_used)] // in tests a failed unwrap is a failed test

#[path = "support/tmux.rs"]
mod support;

use std::process::Command;
use std::time::Duration;

use chrono::{Local, NaiveDate};
use studyplan::plan::ItemState;
use studyplan::store::Store;
use support::{Tmux, studyplan_ok, tmux_installed};

const TODAY: &str = "2026-11-24";
const PROMPT: &str = "E2E-DONE$";

#[test]
fn a_learner_switches_screens_times_a_block_marks_a_deliverable_and_quits() {
    if !tmux_installed() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("study.db");
    studyplan_ok(
        &db,
        &["--today", TODAY, "start", "fast-track-6-month", "--on", "2026-11-02"],
    );

    // A timer left running five minutes ago (as if the app had been killed): the TUI shows it, `s` logs it.
    let today = NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap();
    let first_block = {
        let mut store = Store::open(&db).unwrap();
        let enrollment = store.active_enrollment().unwrap().unwrap();
        let block = store.roadmap(&enrollment.roadmap_id).unwrap().daily_split().blocks[0]
            .id
            .clone();
        let five_minutes_ago = today.and_time(Local::now().time()) - chrono::Duration::minutes(5);
        store.start_timer(&block, five_minutes_ago).unwrap();
        block
    };

    let tmux = Tmux::new("e2e");
    let shell = format!("env PS1='{PROMPT} ' TERM=xterm-256color sh");
    tmux.start(120, 36, &shell);
    let command = format!(
        "{} --db '{}' --today {TODAY}",
        env!("CARGO_BIN_EXE_studyplan"),
        db.display()
    );
    tmux.keys(&[&command, "Enter"]);

    // Today: the title bar, the tabs and the running timer.
    let screen = tmux.wait_for("Blocks");
    assert!(screen.contains("week 4 of"), "title bar shows the week:\n{screen}");
    assert!(
        screen.contains("1 Today") && screen.contains("5 Stats"),
        "tabs:\n{screen}"
    );
    assert!(screen.contains("⏱"), "the timer left running is shown:\n{screen}");
    assert!(tmux.alternate_screen_on());

    // Every screen, by number and by Tab.
    tmux.keys(&["2"]);
    tmux.wait_for("Mon 23");
    tmux.keys(&["3"]);
    tmux.wait_for("Overall");
    tmux.keys(&["4"]);
    tmux.wait_for("The week in numbers");
    tmux.keys(&["Tab"]);
    tmux.wait_for("Minutes per day");
    tmux.keys(&["1"]);
    tmux.wait_for("Blocks");

    // Stop the running timer: its minutes are logged.
    tmux.keys(&["g", "s"]);
    let screen = tmux.wait_for("Logged");
    assert!(!screen.contains("⏱"), "the timer is gone:\n{screen}");
    // Start and stop one on the first block.
    tmux.keys(&["s"]);
    tmux.wait_for("Timer started");
    tmux.keys(&["s"]);
    tmux.wait_for("nothing logged");

    // Mark the last open deliverable done.
    tmux.keys(&["G", "Space"]);
    tmux.wait_for("Marked done");

    // Help, then Esc closes it.
    tmux.keys(&["?"]);
    let screen = tmux.wait_for("Keys");
    assert!(
        screen.contains("start/stop the timer"),
        "help lists the Today keys:\n{screen}"
    );
    tmux.keys(&["Escape"]);
    tmux.wait_until(Duration::from_secs(5), |t| !t.screen().contains("closes this help"));

    // Quit: back at the shell prompt, out of the alternate screen.
    tmux.keys(&["q"]);
    // Type into the shell only once the TUI let go of the terminal, or it would read the keys.
    tmux.wait_for_shell();
    tmux.keys(&["echo finished-$((40+2))", "Enter"]);
    let screen = tmux.wait_for("finished-42");
    assert!(screen.contains(PROMPT), "the shell prompt is back:\n{screen}");
    assert!(!screen.contains("1 Today"), "the TUI is gone:\n{screen}");

    // The database holds what was done.
    let store = Store::open(&db).unwrap();
    assert_eq!(store.timer().unwrap(), None);
    let logged: u32 = store
        .time_between(today - chrono::Duration::days(1), today)
        .unwrap()
        .iter()
        .filter(|e| e.block == first_block)
        .map(|e| e.minutes)
        .sum();
    assert!(logged >= 5, "the five minutes of the timer were logged, found {logged}");
    assert!(
        store
            .statuses()
            .unwrap()
            .iter()
            .any(|s| s.state == ItemState::Done && s.on == today),
        "a deliverable was marked done"
    );
}

#[test]
fn sigterm_restores_the_terminal() {
    if !tmux_installed() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("study.db");
    studyplan_ok(
        &db,
        &["--today", TODAY, "start", "standard-9-month", "--on", "2026-11-02"],
    );
    let tmux = Tmux::new("e2e-term");
    tmux.start(100, 30, "sh");
    // Keep the pane after the process ends, to read the terminal's state then.
    tmux.run(&["set-option", "-t", support::SESSION, "remain-on-exit", "on"]);
    let command = format!(
        "exec {} --db '{}' --today {TODAY} --no-mouse",
        env!("CARGO_BIN_EXE_studyplan"),
        db.display()
    );
    tmux.keys(&[&command, "Enter"]);
    tmux.wait_for("Blocks");
    assert!(tmux.alternate_screen_on());
    let pid = tmux.pane_pid().to_string();
    let killed = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert!(killed.success());
    let dead = tmux.wait_until(Duration::from_secs(10), |t| t.pane_value("#{pane_dead}") == "1");
    assert!(dead, "the app exited on SIGTERM");
    assert!(
        !tmux.alternate_screen_on(),
        "the alternate screen was left on SIGTERM:\n{}",
        tmux.screen()
    );
}

#[test]
fn ctrl_z_suspends_to_the_shell_and_fg_redraws_the_screen() {
    if !tmux_installed() || Command::new("bash").arg("--version").output().is_err() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("study.db");
    studyplan_ok(
        &db,
        &["--today", TODAY, "start", "q1-2026-white-box", "--on", "2026-11-02"],
    );
    let tmux = Tmux::new("e2e-tstp");
    // An interactive shell with job control, as a learner's terminal has.
    let shell = format!("env PS1='{PROMPT} ' bash --norc --noprofile -i");
    tmux.start(100, 30, &shell);
    let command = format!(
        "{} --db '{}' --today {TODAY}",
        env!("CARGO_BIN_EXE_studyplan"),
        db.display()
    );
    tmux.keys(&[&command, "Enter"]);
    tmux.wait_for("Blocks");
    tmux.keys(&["C-z"]);
    let screen = tmux.wait_for("Stopped");
    assert!(
        !tmux.alternate_screen_on(),
        "suspended: the shell has its screen back:\n{screen}"
    );
    tmux.keys(&["fg", "Enter"]);
    tmux.wait_for("Blocks");
    assert!(tmux.alternate_screen_on());
    tmux.keys(&["2"]);
    tmux.wait_for("Due this week");
    tmux.keys(&["q"]);
    // Quit after resuming leaves the alternate screen.
    tmux.wait_for_shell();
}

#[test]
fn a_timer_left_running_for_over_a_day_asks_keep_or_drop_and_does_what_was_chosen() {
    if !tmux_installed() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("study.db");
    studyplan_ok(
        &db,
        &["--today", TODAY, "start", "fast-track-6-month", "--on", "2026-11-02"],
    );
    let today = NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap();
    let logged = || -> u32 {
        let store = Store::open(&db).unwrap();
        let entries = store.time_between(today - chrono::Duration::days(3), today).unwrap();
        entries.iter().map(|e| e.minutes).sum()
    };
    let tmux = Tmux::new("e2e-stale");
    tmux.start(120, 36, &format!("env PS1='{PROMPT} ' TERM=xterm-256color sh"));
    let command = format!(
        "{} --db '{}' --today {TODAY}",
        env!("CARGO_BIN_EXE_studyplan"),
        db.display()
    );

    for (key, said) in [("k", "Logged"), ("d", "dropped")] {
        // As if the app had been killed 30 hours ago with the timer running.
        let thirty_hours_ago = today.and_time(Local::now().time()) - chrono::Duration::hours(30);
        Store::open(&db)
            .unwrap()
            .start_timer("learn", thirty_hours_ago)
            .unwrap();
        let before = logged();
        tmux.keys(&[&command, "Enter"]);
        let screen = tmux.wait_for("A timer was left running");
        assert!(screen.contains("k keep the time · d drop it"), "{screen}");
        assert_eq!(logged(), before, "nothing is logged before the learner answers");
        tmux.keys(&[key]);
        tmux.wait_for(said);
        tmux.keys(&["q"]);
        tmux.wait_for_shell();
        assert_eq!(
            Store::open(&db).unwrap().timer().unwrap(),
            None,
            "{key}: the timer is settled"
        );
        let added = logged() - before;
        if key == "k" {
            // The timer ended with its block: kept, it logs that day's Learning
            // block (30 of the day's 120 minutes), not the 30 hours nobody studied.
            assert_eq!(added, 30, "kept: {added} min logged");
        } else {
            assert_eq!(added, 0, "dropped: nothing logged");
        }
    }
}
