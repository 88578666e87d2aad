//! Closing the terminal under the TUI ends it. Without this, a TUI whose
//! terminal window was closed lived on at 100 % of a core: crossterm re-reads
//! the dead tty forever inside `event::poll` (crossterm-rs/crossterm#793).
//!
//! tmux runs the built binary on a temporary database with a timer running
//! (the loop then wakes every second); killing the tmux session hangs up the
//! terminal. Skipped with a note when tmux is not installed (CI installs it).

#![allow(clippy::unwrap_used, clippy::expect_used)] // in tests a failed unwrap is a failed test

#[path = "support/tmux.rs"]
mod support;

use std::process::Command;
use std::time::Duration;

use support::{Tmux, is_running, studyplan, tmux_installed};

#[test]
fn closing_the_terminal_ends_the_tui_and_keeps_the_running_timer() {
    if !tmux_installed() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("studyplan.db");
    assert!(studyplan(&db, &["demo", "--years", "1"]).status.success());
    assert!(studyplan(&db, &["timer", "start", "learn"]).status.success());

    let tmux = Tmux::new("hangup");
    // A second session keeps the server up to reap the TUI once it exits.
    assert!(
        tmux.run(&["new-session", "-d", "-s", "keep", "sleep 600"])
            .status
            .success()
    );
    let command = format!(
        "exec env HOME={home} XDG_CONFIG_HOME={home}/config XDG_DATA_HOME={home}/data {bin} --db {db}",
        home = dir.path().display(),
        bin = env!("CARGO_BIN_EXE_studyplan"),
        db = db.display()
    );
    tmux.start(100, 30, &command);
    tmux.wait_for("q quit");
    let pid = tmux.pane_pid();

    assert!(tmux.run(&["kill-session", "-t", support::SESSION]).status.success());
    let still_running = !tmux.wait_until(Duration::from_secs(3), |_| !is_running(pid));
    if still_running {
        // Never leave a spinning process behind, even when the test fails.
        let _ = Command::new("kill").arg("-9").arg(pid.to_string()).status();
    }
    assert!(
        !still_running,
        "the TUI was still running 3 s after its terminal closed"
    );

    let status = studyplan(&db, &["timer", "status"]);
    assert!(
        String::from_utf8_lossy(&status.stdout).contains("learn"),
        "the running timer survives the hang-up: {}",
        String::from_utf8_lossy(&status.stdout)
    );
}
