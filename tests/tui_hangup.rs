//! Closing the terminal under the TUI ends it. Without this, a TUI whose
//! terminal window was closed lived on at 100 % of a core: crossterm re-reads
//! the dead tty forever inside `event::poll` (crossterm-rs/crossterm#793).
//!
//! tmux runs the built binary on a temporary database with a timer running
//! (the loop then wakes every second); killing the tmux session hangs up the
//! terminal. Skipped with a note when tmux is not installed (CI installs it).

#![allow(clippy::unwrap_used, clippy::expect_used)] // in tests a failed unwrap is a failed test

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// A private tmux server (its own socket), killed when dropped.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux runs")
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", "tui"]).stdout).into_owned()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

fn studyplan(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_studyplan"))
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .expect("binary runs")
}

fn is_running(pid: u32) -> bool {
    // A zombie has exited; only a live process counts.
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .map(|stat| !stat.rsplit(')').next().unwrap_or("").trim_start().starts_with('Z'))
        .unwrap_or(false)
}

#[test]
fn closing_the_terminal_ends_the_tui_and_keeps_the_running_timer() {
    if Command::new("tmux").arg("-V").output().is_err() {
        println!("note: tmux is not installed; the hang-up test is skipped (CI installs tmux)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("studyplan.db");
    assert!(studyplan(&db, &["demo", "--years", "1"]).status.success());
    assert!(studyplan(&db, &["timer", "start", "learn"]).status.success());

    let tmux = Tmux {
        socket: format!("studyplan-hangup-{}", std::process::id()),
    };
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
    let started = tmux.run(&["new-session", "-d", "-x", "100", "-y", "30", "-s", "tui", &command]);
    assert!(started.status.success(), "{}", String::from_utf8_lossy(&started.stderr));
    let drawn = Instant::now();
    while !tmux.screen().contains("q quit") {
        assert!(
            drawn.elapsed() < Duration::from_secs(15),
            "no frame; the screen shows:\n{}",
            tmux.screen()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let pid: u32 = String::from_utf8_lossy(&tmux.run(&["display-message", "-p", "-t", "tui", "#{pane_pid}"]).stdout)
        .trim()
        .parse()
        .unwrap();

    assert!(tmux.run(&["kill-session", "-t", "tui"]).status.success());
    let hung_up = Instant::now();
    while is_running(pid) && hung_up.elapsed() < Duration::from_secs(3) {
        std::thread::sleep(Duration::from_millis(20));
    }
    let still_running = is_running(pid);
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
