//! The record a learner can correct and read back, through the binary:
//! time entries listed, edited and deleted by id; a log in the future
//! refused; one far beyond the block's plan only with `--yes`; and the
//! notes written with `log --note` shown in `today`, `review` and the
//! Markdown review.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

#[path = "support/cli.rs"]
mod support;

use support::Learner;

const MONDAY: &str = "2026-11-30";
const WEDNESDAY: &str = "2026-12-02";

fn learner() -> Learner {
    let learner = Learner::new();
    learner.ok(MONDAY, &["start", "standard-9-month", "--on", MONDAY]);
    learner
}

fn logged_minutes(learner: &Learner, today: &str) -> u64 {
    learner.json(today, &["review", "--json"])["logged_minutes"]
        .as_u64()
        .unwrap()
}

#[test]
fn ten_hours_on_a_one_hour_block_needs_yes_and_the_future_is_refused() {
    let learner = learner();
    let refused = learner.refused(WEDNESDAY, &["log", "build", "10h"]);
    assert!(
        refused.contains("far more than it plans") && refused.contains("--yes"),
        "{refused}"
    );
    learner.ok(WEDNESDAY, &["log", "build", "10h", "--yes"]);
    assert_eq!(logged_minutes(&learner, WEDNESDAY), 600);
    let refused = learner.refused(WEDNESDAY, &["log", "learn", "30m", "--on", "2026-12-03"]);
    assert!(refused.contains("in the future"), "{refused}");
    // An ordinary log is not questioned.
    learner.ok(WEDNESDAY, &["log", "learn", "30m"]);
}

#[test]
fn entries_are_listed_edited_and_deleted_by_id() {
    let learner = learner();
    learner.ok(MONDAY, &["log", "learn", "30m"]);
    learner.ok(WEDNESDAY, &["log", "build", "45m", "--note", "baseline"]);
    let list = learner.ok(WEDNESDAY, &["log", "list"]);
    assert!(
        list.contains("#1") && list.contains("#2") && list.contains("1h15m in 2 entries"),
        "{list}"
    );
    let json = learner.json(WEDNESDAY, &["log", "list", "--json"]);
    assert_eq!(json[1]["note"], "baseline", "{json}");
    assert_eq!(json[1]["minutes"], 45, "{json}");

    // The 45 minutes were really an hour of polish, on Tuesday.
    let edited = learner.ok(
        WEDNESDAY,
        &[
            "log",
            "edit",
            "2",
            "--duration",
            "1h",
            "--block",
            "polish",
            "--on",
            "2026-12-01",
        ],
    );
    assert!(
        edited.contains("1h on polish for Tue 1 Dec 2026 (was 45m on build for Wed 2 Dec 2026)"),
        "{edited}"
    );
    let review = learner.json(WEDNESDAY, &["review", "--json"]);
    let polish = review["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["id"] == "polish")
        .unwrap();
    assert_eq!(polish["logged_minutes"], 60, "{review}");
    assert_eq!(review["logged_minutes"], 90);

    let refused = learner.refused(WEDNESDAY, &["log", "edit", "2", "--on", "2026-12-05"]);
    assert!(refused.contains("in the future"), "{refused}");
    let refused = learner.refused(WEDNESDAY, &["log", "edit", "9", "--duration", "5m"]);
    assert!(refused.contains("no time entry 9"), "{refused}");
    let refused = learner.refused(WEDNESDAY, &["log", "edit", "2"]);
    assert!(refused.contains("nothing to change"), "{refused}");

    learner.ok(WEDNESDAY, &["log", "delete", "1"]);
    assert_eq!(logged_minutes(&learner, WEDNESDAY), 60);
    let refused = learner.refused(WEDNESDAY, &["log", "delete", "1"]);
    assert!(refused.contains("no time entry 1"), "{refused}");
}

#[test]
fn notes_come_back_in_today_the_review_and_the_markdown() {
    let learner = learner();
    learner.ok(MONDAY, &["log", "learn", "30m", "--note", "attention paper, section 3"]);
    learner.ok(WEDNESDAY, &["log", "build", "45m", "--note", "baseline | first try"]);
    let today = learner.ok(WEDNESDAY, &["today"]);
    assert!(today.contains("Notes\n  build 45m: baseline | first try\n"), "{today}");
    assert!(
        !today.contains("attention paper"),
        "Monday's note is not today's:\n{today}"
    );
    let json = learner.json(WEDNESDAY, &["today", "--json"]);
    assert_eq!(json["notes"][0]["text"], "baseline | first try", "{json}");

    let review = learner.ok(WEDNESDAY, &["review"]);
    assert!(
        review.contains("Mon 30 Nov  learn 30m: attention paper, section 3"),
        "{review}"
    );
    assert!(
        review.contains("Wed 2 Dec  build 45m: baseline | first try"),
        "{review}"
    );
    let json = learner.json(WEDNESDAY, &["review", "--json"]);
    assert_eq!(json["notes"].as_array().unwrap().len(), 2, "{json}");
    let markdown = learner.ok(WEDNESDAY, &["review", "--markdown"]);
    assert!(markdown.contains("## Notes"), "{markdown}");
    assert!(
        markdown.contains("- **Wed 2 Dec** (build, 45m): baseline \\| first try"),
        "{markdown}"
    );
    // A later week has none of them.
    let next = learner.json("2026-12-09", &["review", "--json"]);
    assert!(next["notes"].as_array().unwrap().is_empty(), "{next}");
}
