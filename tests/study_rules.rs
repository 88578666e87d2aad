//! One rule everywhere: what the command line and the interface share
//! through the study layer (limits, error kinds, the timer's minutes), seen
//! as a learner sees it, through the binary.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/cli.rs"]
mod support;

use studyplan::limits::DAILY_MINUTES;
use support::Learner;

const MONDAY: &str = "2026-11-30";

fn write_config(learner: &Learner, text: &str) {
    std::fs::create_dir_all(learner.config.parent().unwrap()).unwrap();
    std::fs::write(&learner.config, text).unwrap();
}

#[test]
fn the_daily_budget_has_one_range_for_the_flag_the_config_file_and_the_store() {
    let (low, high) = (*DAILY_MINUTES.start(), *DAILY_MINUTES.end());
    for (minutes, accepted) in [(low - 1, false), (low, true), (high, true), (high + 1, false)] {
        // The flag.
        let learner = Learner::new();
        let flag = minutes.to_string();
        let out = learner.run(MONDAY, &["start", "fast-track-6-month", "--daily-minutes", &flag]);
        assert_eq!(out.code == 0, accepted, "--daily-minutes {minutes}: {}", out.stderr);
        if !accepted {
            assert!(out.stderr.contains(&format!("{low} to {high}")), "{}", out.stderr);
        }
        // The config file, with no flag: refused at the file's line, or used by `start`.
        let learner = Learner::new();
        write_config(&learner, &format!("daily_minutes = {minutes}\n"));
        let out = learner.run(MONDAY, &["start", "fast-track-6-month"]);
        if accepted {
            assert_eq!(out.code, 0, "daily_minutes = {minutes}: {}", out.stderr);
            let today = learner.run(MONDAY, &["today", "--json"]);
            let json: serde_json::Value = serde_json::from_str(&today.stdout).unwrap();
            let planned: u64 = json["blocks"]
                .as_array()
                .unwrap()
                .iter()
                .map(|b| b["planned_minutes"].as_u64().unwrap())
                .sum();
            assert_eq!(planned, u64::from(minutes), "the file's budget is the plan's: {json}");
        } else {
            assert_eq!(out.code, 1);
            assert!(
                out.stderr.contains("config.toml:1:") && !out.stderr.contains("--daily-minutes"),
                "the file is named, not a flag nobody gave: {}",
                out.stderr
            );
        }
    }
}

#[test]
fn a_refusal_reads_as_one_and_exits_1() {
    let learner = Learner::new();
    learner.ok(MONDAY, &["start", "fast-track-6-month"]);
    let out = learner.run(MONDAY, &["log", "nap", "25m"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.starts_with("refused: `nap` is not a block"),
        "{}",
        out.stderr
    );
    // A file that is not there is a refusal of the path given.
    let out = learner.run(MONDAY, &["import", "json", "/nonexistent/state.json"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr
            .starts_with("refused: /nonexistent/state.json does not exist"),
        "{}",
        out.stderr
    );
    // A failure of the machine says error and names the file.
    let out = learner
        .command_on(std::path::Path::new("/dev/null/study.db"), MONDAY)
        .arg("today")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr.starts_with("error: cannot create the folder /dev/null"),
        "{stderr}"
    );
}

#[test]
fn a_timer_started_under_a_later_today_can_always_be_dropped() {
    let learner = Learner::new();
    learner.ok(MONDAY, &["start", "fast-track-6-month"]);
    learner.ok("2026-12-25", &["timer", "start", "learn"]);
    let kept = learner.run(MONDAY, &["timer", "stop"]);
    assert_eq!(kept.code, 1, "{}", kept.stderr);
    assert!(kept.stderr.contains("timer stop --discard"), "{}", kept.stderr);
    let dropped = learner.ok(MONDAY, &["timer", "stop", "--discard"]);
    assert!(dropped.contains("dropped"), "{dropped}");
    learner.ok(MONDAY, &["timer", "start", "build"]);
}

#[test]
fn a_demo_that_fails_halfway_leaves_no_plan_and_can_run_again() {
    let learner = Learner::new();
    learner.ok(MONDAY, &["roadmap", "list"]);
    // The 200th time entry fails, as a full disk or a kill would stop it.
    let conn = rusqlite::Connection::open(&learner.db).unwrap();
    conn.execute_batch(
        "CREATE TRIGGER fail_midway BEFORE INSERT ON time_log \
         WHEN (SELECT count(*) FROM time_log) >= 200 \
         BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;",
    )
    .unwrap();
    let failed = learner.run(MONDAY, &["demo", "--years", "1"]);
    assert_eq!(failed.code, 1, "{}", failed.stderr);
    let enrollments: i64 = conn
        .query_row("SELECT count(*) FROM enrollment", [], |r| r.get(0))
        .unwrap();
    assert_eq!(enrollments, 0, "no plan without its history");
    conn.execute_batch("DROP TRIGGER fail_midway").unwrap();
    drop(conn);
    let out = learner.ok(MONDAY, &["demo", "--years", "1"]);
    assert!(out.contains("Demo data in"), "{out}");
}
