//! A timer left running by a studyplan that was killed: the next command finds
//! it, says so, and the learner keeps or drops its time; a timer older than
//! 24 hours is never logged without `--keep` or `--discard`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/cli.rs"]
mod support;

use std::process::{Command, Stdio};
use std::time::Duration;

use support::{Learner, Outcome, dump};

/// `studyplan` with the clock set to `now` (a local wall-clock time), no `--today`.
fn at(learner: &Learner, now: &str, args: &[&str]) -> Outcome {
    let output = Command::new(assert_cmd::cargo::cargo_bin("studyplan"))
        .env_remove("STUDYPLAN_TODAY")
        .env("STUDYPLAN_NOW", now)
        .env("TZ", "UTC")
        .arg("--db")
        .arg(&learner.db)
        .arg("--config")
        .arg(&learner.config)
        .args(args)
        .output()
        .unwrap();
    Outcome {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    }
}

fn ok(learner: &Learner, now: &str, args: &[&str]) -> String {
    let out = at(learner, now, args);
    assert_eq!(out.code, 0, "{args:?} at {now}:\n{}{}", out.stdout, out.stderr);
    out.stdout
}

fn logged(learner: &Learner) -> Vec<(String, i64)> {
    let conn = rusqlite::Connection::open(&learner.db).unwrap();
    let mut stmt = conn.prepare("SELECT day, minutes FROM time_log ORDER BY day").unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// Starts a timer at `started` through the CLI, then opens the full-screen app
/// on the same database and kills it with SIGKILL while the timer runs.
fn timer_left_by_a_killed_app(started: &str) -> Learner {
    let learner = Learner::new();
    ok(
        &learner,
        started,
        &["start", "fast-track-6-month", "--on", "2026-11-16"],
    );
    ok(&learner, started, &["timer", "start", "build"]);
    let command = format!(
        "'{}' --db '{}' --config '{}'",
        assert_cmd::cargo::cargo_bin("studyplan").display(),
        learner.db.display(),
        learner.config.display()
    );
    // `script` gives the app a terminal; its own process group is killed at once.
    if let Ok(mut app) = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env("TERM", "xterm")
        .env("STUDYPLAN_NOW", started)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
    {
        std::thread::sleep(Duration::from_millis(1500));
        let group = format!("-{}", app.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = app.wait();
    }
    learner
}

use std::os::unix::process::CommandExt;

#[test]
fn a_recent_timer_left_by_a_killed_app_is_shown_and_its_time_kept() {
    let learner = timer_left_by_a_killed_app("2026-11-20T09:00:00");
    let now = "2026-11-20T10:15:00";
    let today = ok(&learner, now, &["today"]);
    // 75 minutes on the day's 60-minute Build block: the timer ended with the block.
    assert!(
        today.contains("Timer: build running for 1h (since 09:00); its block is done"),
        "{today}"
    );
    assert!(today.contains("timer stop --discard"), "{today}");
    let status = ok(&learner, now, &["timer", "status"]);
    assert!(status.contains("since 2026-11-20 09:00"), "{status}");
    let stop = ok(&learner, now, &["timer", "stop"]);
    assert!(stop.contains("logged 1h, up to the block's end"), "{stop}");
    assert_eq!(logged(&learner), [("2026-11-20".to_owned(), 60)]);
}

#[test]
fn a_recent_timer_left_by_a_killed_app_can_be_dropped() {
    let learner = timer_left_by_a_killed_app("2026-11-20T09:00:00");
    let out = ok(&learner, "2026-11-20T09:40:00", &["timer", "stop", "--discard"]);
    assert!(out.contains("dropped"), "{out}");
    assert!(logged(&learner).is_empty());
    assert!(ok(&learner, "2026-11-20T09:41:00", &["timer", "status"]).contains("No timer running"));
}

#[test]
fn a_timer_older_than_a_day_asks_before_anything_is_logged() {
    let learner = timer_left_by_a_killed_app("2026-11-20T09:00:00");
    let now = "2026-11-22T10:00:00";
    for args in [&["today"][..], &["timer", "status"]] {
        let out = ok(&learner, now, args);
        assert!(out.contains("left running since 2026-11-20 09:00"), "{args:?}: {out}");
        assert!(out.contains("--keep") && out.contains("--discard"), "{args:?}: {out}");
    }
    let before = dump(&learner.db);
    let refused = at(&learner, now, &["timer", "stop"]);
    assert_eq!(refused.code, 1, "{}{}", refused.stdout, refused.stderr);
    assert!(refused.stderr.contains("nothing was logged"), "{}", refused.stderr);
    assert!(refused.stderr.contains("--keep"), "{}", refused.stderr);
    assert_eq!(dump(&learner.db), before, "a refused stop changed the database");

    // --keep logs the block it timed (Build, 60 minutes that Friday), never
    // the 49 hours nobody studied: the timer ended with its block.
    ok(&learner, now, &["timer", "stop", "--keep"]);
    assert_eq!(logged(&learner), [("2026-11-20".to_owned(), 60)]);
}

#[test]
fn a_timer_older_than_a_day_can_be_dropped() {
    let learner = timer_left_by_a_killed_app("2026-11-20T09:00:00");
    ok(&learner, "2026-11-23T08:00:00", &["timer", "stop", "--discard"]);
    assert!(logged(&learner).is_empty());
}
