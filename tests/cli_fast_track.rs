//! A learner walks through weeks 1-10 of `fast-track-6-month` from the shell:
//! start, today, log, tasks, deliverables, the week view and the reviews.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/cli.rs"]
mod support;

use serde_json::Value;
use support::{Learner, titles};

/// Monday of roadmap week 1.
const START: &str = "2026-01-05";

fn started() -> Learner {
    let learner = Learner::new();
    let out = learner.ok(START, &["start", "fast-track-6-month", "--on", START]);
    assert!(out.contains("Started"), "{out}");
    learner
}

fn blocks(today: &Value) -> Vec<(String, u64, u64)> {
    today["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            (
                b["id"].as_str().unwrap().to_owned(),
                b["planned_minutes"].as_u64().unwrap(),
                b["logged_minutes"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn week_one_tuesday_is_the_foundations_sprint_with_a_30_60_30_day() {
    let learner = started();
    let today = learner.json("2026-01-06", &["today", "--json"]);
    assert_eq!(today["date"], "2026-01-06");
    assert_eq!(today["roadmap"]["id"], "fast-track-6-month");
    assert_eq!(today["week"]["number"], 1);
    assert_eq!(today["week"]["of"], 24);
    assert_eq!(today["week"]["status"], "in_plan");
    let phase = &today["phase"];
    assert!(phase["title"].as_str().unwrap().contains("Foundations"), "{phase}");
    assert!(phase["focus"].as_str().unwrap().contains("SQL"), "{phase}");
    assert!(phase["id"].is_string());
    assert!(today["day_role"].as_str().unwrap().to_lowercase().contains("implement"));
    assert_eq!(
        blocks(&today),
        vec![
            ("learn".into(), 30, 0),
            ("build".into(), 60, 0),
            ("polish".into(), 30, 0)
        ]
    );
    assert!(today["tasks"].as_array().unwrap().is_empty());
    assert!(today["pace"]["status"].is_string());
    assert!(today["pace"]["days"].is_u64());
    assert!(today["timer"].is_null());
}

#[test]
fn each_weekday_plays_its_role_in_the_week() {
    let learner = started();
    let role = |date: &str| {
        learner.json(date, &["today", "--json"])["day_role"]
            .as_str()
            .unwrap()
            .to_lowercase()
    };
    assert!(role("2026-01-05").contains("plan"));
    assert!(role("2026-01-08").contains("implement"));
    assert!(role("2026-01-09").contains("refactor"));
    assert!(role("2026-01-10").contains("demo"));
    assert!(role("2026-01-11").contains("review"));
}

#[test]
fn logged_time_shows_against_the_plan_today_and_in_the_week() {
    let learner = started();
    learner.ok("2026-01-06", &["log", "build", "45m", "--note", "pandas drills"]);
    learner.ok("2026-01-06", &["log", "learn", "30m"]);
    learner.ok("2026-01-07", &["log", "polish", "1h", "--on", "2026-01-06"]);
    let today = learner.json("2026-01-06", &["today", "--json"]);
    assert_eq!(
        blocks(&today),
        vec![
            ("learn".into(), 30, 30),
            ("build".into(), 60, 45),
            ("polish".into(), 30, 60)
        ]
    );
    let text = learner.ok("2026-01-06", &["today"]);
    assert!(text.contains("Week 1 of 24"), "{text}");
    assert!(text.contains("2h15m"), "{text}");

    let week = learner.json("2026-01-08", &["week", "--json"]);
    assert_eq!(week["iso_week"], "2026-W02");
    let days = week["days"].as_array().unwrap();
    assert_eq!(days.len(), 7);
    assert_eq!(days[0]["date"], "2026-01-05");
    assert_eq!(days[0]["weekday"], "Monday");
    assert_eq!(days[1]["logged_minutes"], 135);
    assert_eq!(days[1]["planned_minutes"], 120);
    assert_eq!(days[2]["logged_minutes"], 0);
    assert!(days[6]["role"].as_str().unwrap().to_lowercase().contains("review"));
    // The same week asked for by a date in it.
    let by_date = learner.json("2026-03-01", &["week", "--date", "2026-01-10", "--json"]);
    assert_eq!(by_date["days"], week["days"]);
}

#[test]
fn tasks_are_added_listed_and_done() {
    let learner = started();
    let added = learner.ok(
        "2026-01-06",
        &["task", "add", "read the attention paper", "--on", "2026-01-07"],
    );
    let id: i64 = added
        .split('#')
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no task id in {added:?}"));
    let list = learner.ok("2026-01-06", &["task", "list"]);
    assert!(list.contains("read the attention paper"), "{list}");
    let today = learner.json("2026-01-07", &["today", "--json"]);
    assert_eq!(today["tasks"][0]["id"], id);
    assert_eq!(today["tasks"][0]["done"], false);
    learner.ok("2026-01-07", &["task", "done", &id.to_string()]);
    let today = learner.json("2026-01-07", &["today", "--json"]);
    assert_eq!(today["tasks"][0]["done"], true);
    let week = learner.json("2026-01-07", &["week", "--json"]);
    assert_eq!(week["days"][2]["tasks"][0]["title"], "read the attention paper");
}

#[test]
fn week_four_deliverables_can_be_done_and_the_review_asks_the_checkpoint_questions() {
    let learner = started();
    // Week 4 runs Mon 26 Jan to Sun 1 Feb 2026 (ISO 2026-W05).
    let week = learner.json("2026-01-26", &["week", "--json"]);
    assert_eq!(week["iso_week"], "2026-W05");
    let due = &week["deliverables"];
    let due_titles = titles(due).join(" | ");
    assert!(due_titles.contains("20 SQL queries"), "{due_titles}");
    assert!(
        due_titles.to_lowercase().contains("baseline classifier"),
        "{due_titles}"
    );
    let first = due[0]["id"].as_str().unwrap().to_owned();
    assert!(due[0]["state"].is_null());

    let done = learner.ok("2026-01-30", &["done", &first]);
    assert!(done.contains(&first), "{done}");
    let week = learner.json("2026-01-30", &["week", "--json"]);
    assert_eq!(week["deliverables"][0]["state"], "done");

    let review = learner.json("2026-02-01", &["review", "--json"]);
    assert_eq!(review["iso_week"], "2026-W05");
    assert_eq!(review["deliverables_done"], 1);
    let questions: Vec<&str> = review["checkpoint"]["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["text"].as_str().unwrap())
        .collect();
    assert_eq!(questions.len(), 4, "{questions:?}");
    assert!(
        questions.iter().any(|q| q.contains("demo something working")),
        "{questions:?}"
    );
    assert!(
        questions.iter().any(|q| q.contains("at least one test")),
        "{questions:?}"
    );

    let text = learner.ok("2026-02-01", &["review"]);
    assert!(text.contains("Can I demo something working?"), "{text}");
    assert!(text.contains(&format!("[x] {first}")), "{text}");
    let markdown = learner.ok("2026-02-01", &["review", "--markdown"]);
    assert!(markdown.starts_with("# Week 2026-W05 review: "), "{markdown}");
    assert!(markdown.contains("## Checkpoint"), "{markdown}");

    // Undo clears it again; weeks without a checkpoint have none.
    learner.ok("2026-01-30", &["undo", &first]);
    let week = learner.json("2026-01-30", &["week", "--json"]);
    assert!(week["deliverables"][0]["state"].is_null());
    let week_three = learner.json("2026-01-22", &["review", "--json"]);
    assert!(week_three["checkpoint"].is_null());
}

#[test]
fn the_career_track_starts_in_week_six() {
    let learner = started();
    // Week 5 starts Mon 2 Feb, week 6 Mon 9 Feb.
    let week_five = learner.json("2026-02-03", &["week", "--json"]);
    assert!(
        week_five["recurring"].as_array().unwrap().is_empty(),
        "{}",
        week_five["recurring"]
    );
    let week_six = learner.json("2026-02-10", &["week", "--json"]);
    let recurring = titles(&week_six["recurring"]).join(" | ");
    assert!(recurring.contains("LinkedIn"), "{recurring}");
    assert!(recurring.to_lowercase().contains("network"), "{recurring}");
    let text = learner.ok("2026-02-10", &["week"]);
    assert!(text.contains("LinkedIn"), "{text}");
}

#[test]
fn week_ten_is_in_the_deep_learning_sprint() {
    let learner = started();
    let today = learner.json("2026-03-10", &["today", "--json"]);
    assert_eq!(today["week"]["number"], 10);
    let phase = &today["phase"];
    assert!(phase["title"].as_str().unwrap().contains("Deep Learning"), "{phase}");
    assert!(phase["focus"].as_str().unwrap().contains("PyTorch"), "{phase}");
    // Nothing was done in sprints 1 and 2, so the learner is behind, and
    // sprint 1's deliverables (due Sun 1 Feb) are listed as late.
    assert_eq!(today["pace"]["status"], "behind");
    let late: Vec<&str> = today["late"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["id"].as_str().unwrap())
        .collect();
    assert!(late.contains(&"sql-queries-repo"), "{late:?}");
    let text = learner.ok("2026-03-10", &["today"]);
    assert!(text.contains("\nLate\n"), "{text}");
    learner.ok("2026-03-10", &["done", "sql-queries-repo"]);
    let today = learner.json("2026-03-10", &["today", "--json"]);
    assert!(!today["late"].to_string().contains("sql-queries-repo"), "{today}");
}

#[test]
fn before_the_start_and_after_the_end_today_says_so() {
    let learner = started();
    let before = learner.json("2026-01-01", &["today", "--json"]);
    assert_eq!(before["week"]["status"], "before_start");
    assert!(before["week"]["number"].is_null());
    let text = learner.ok("2026-01-01", &["today"]);
    assert!(text.contains("Starts in 4 days"), "{text}");
    // Nothing is planned before the start, so no block reads as "done".
    assert!(!text.contains("done"), "{text}");
    let after = learner.json("2026-09-01", &["today", "--json"]);
    assert_eq!(after["week"]["status"], "finished");
    assert!(after["week"]["number"].is_null());
}

#[test]
fn a_timer_logs_its_minutes_on_the_block() {
    let learner = started();
    learner.ok("2026-01-06", &["timer", "start", "build"]);
    assert!(learner.ok("2026-01-06", &["timer", "status"]).contains("build"));
    let today = learner.json("2026-01-06", &["today", "--json"]);
    assert_eq!(today["timer"]["block"], "build");
    let refused = learner.refused("2026-01-06", &["timer", "start", "learn"]);
    assert!(refused.contains("already running"), "{refused}");
    learner.ok("2026-01-06", &["timer", "stop", "--discard"]);
    assert!(learner.ok("2026-01-06", &["timer", "status"]).contains("No timer"));
}

#[test]
fn a_paused_week_shifts_the_plan() {
    let learner = started();
    learner.ok("2026-01-12", &["pause", "--week", "2026-W03"]);
    let paused = learner.json("2026-01-13", &["today", "--json"]);
    assert_eq!(paused["week"]["status"], "paused");
    let after = learner.json("2026-01-20", &["today", "--json"]);
    assert_eq!(after["week"]["number"], 2);
    learner.ok("2026-01-20", &["resume", "--week", "2026-W03"]);
    let resumed = learner.json("2026-01-20", &["today", "--json"]);
    assert_eq!(resumed["week"]["number"], 3);
}

#[test]
fn json_keys_scripts_rely_on_are_present() {
    let learner = started();
    let has = |value: &Value, keys: &[&str]| {
        for key in keys {
            assert!(value.get(key).is_some(), "missing `{key}` in {value}");
        }
    };
    let today = learner.json("2026-01-06", &["today", "--json"]);
    has(
        &today,
        &[
            "date", "roadmap", "week", "phase", "day_role", "blocks", "tasks", "pace", "due", "timer",
        ],
    );
    has(&today["roadmap"], &["id", "title"]);
    has(&today["week"], &["number", "of", "status"]);
    has(&today["phase"], &["id", "title", "focus"]);
    has(
        &today["blocks"][0],
        &["id", "name", "planned_minutes", "logged_minutes"],
    );
    has(&today["pace"], &["status", "days"]);

    let week = learner.json("2026-01-06", &["week", "--json"]);
    has(&week, &["iso_week", "days", "deliverables", "recurring", "metrics"]);
    has(
        &week["days"][0],
        &["date", "weekday", "role", "tasks", "planned_minutes", "logged_minutes"],
    );

    let review = learner.json("2026-01-06", &["review", "--json"]);
    has(
        &review,
        &[
            "iso_week",
            "blocks",
            "days_studied",
            "streak_days",
            "deliverables",
            "pace",
            "checkpoint",
            "next_week",
        ],
    );
}

#[test]
fn without_a_date_a_track_starts_on_the_next_monday_with_its_own_budget() {
    let learner = Learner::new();
    let out = learner.ok("2026-01-07", &["start", "fast-track-6-month"]);
    assert!(out.contains("Mon 12 Jan 2026"), "{out}");
    assert_eq!(
        learner.json("2026-01-11", &["today", "--json"])["week"]["status"],
        "before_start"
    );
    let monday = learner.json("2026-01-12", &["today", "--json"]);
    assert_eq!(monday["week"]["number"], 1);
    let planned: u64 = monday["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["planned_minutes"].as_u64().unwrap())
        .sum();
    assert_eq!(planned, 120);
}

#[test]
fn a_smaller_daily_budget_scales_the_blocks() {
    let learner = Learner::new();
    learner.ok(
        "2026-01-05",
        &["start", "fast-track-6-month", "--on", START, "--daily-minutes", "60"],
    );
    let today = learner.json("2026-01-06", &["today", "--json"]);
    let planned: Vec<u64> = today["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["planned_minutes"].as_u64().unwrap())
        .collect();
    assert_eq!(planned.iter().sum::<u64>(), 60, "{planned:?}");
    assert!(planned[1] > planned[0], "build stays the longest block: {planned:?}");
}
