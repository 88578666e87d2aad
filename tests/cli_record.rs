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

#[test]
fn starting_the_followed_roadmap_again_needs_restart_and_keeps_the_budget() {
    let learner = Learner::new();
    learner.ok(
        MONDAY,
        &["start", "standard-9-month", "--on", MONDAY, "--daily-minutes", "60"],
    );
    learner.ok(WEDNESDAY, &["log", "build", "30m"]);
    let refused = learner.refused(WEDNESDAY, &["start", "standard-9-month"]);
    assert!(
        refused.contains("--restart") && refused.contains("30m logged"),
        "{refused}"
    );
    // The same start again changes nothing and is no error.
    let same = learner.ok(WEDNESDAY, &["start", "standard-9-month", "--on", MONDAY]);
    assert!(same.contains("nothing changed"), "{same}");
    learner.ok(
        WEDNESDAY,
        &["start", "standard-9-month", "--on", "2026-12-07", "--restart"],
    );
    let json = learner.json("2026-12-07", &["today", "--json"]);
    let planned: u64 = json["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["planned_minutes"].as_u64().unwrap())
        .sum();
    assert_eq!(
        planned, 60,
        "a restart keeps the learner's budget, not the roadmap's 120"
    );
    // Re-importing the followed roadmap never suggests starting it.
    let file = learner.path("standard.toml");
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/roadmaps/standard-9-month.toml")).unwrap();
    std::fs::write(&file, text.replace("9-Month", "Nine-Month")).unwrap();
    let imported = learner.ok(WEDNESDAY, &["roadmap", "import", file.to_str().unwrap()]);
    assert!(
        imported.contains("You follow it") && !imported.contains("studyplan start"),
        "{imported}"
    );
}

#[test]
fn a_week_with_time_or_after_the_end_is_not_paused_without_a_word() {
    let learner = learner();
    learner.ok(MONDAY, &["log", "build", "1h"]);
    let refused = learner.refused(WEDNESDAY, &["pause", "--week", "2026-W49"]);
    assert!(refused.contains("1h logged") && refused.contains("--yes"), "{refused}");
    learner.ok(WEDNESDAY, &["pause", "--week", "2026-W49", "--yes"]);
    let refused = learner.refused(WEDNESDAY, &["pause", "--week", "2028-W10"]);
    assert!(refused.contains("after the plan's last day"), "{refused}");
    learner.ok(WEDNESDAY, &["pause", "--week", "2026-W51"]);
}

#[test]
fn far_dates_are_refused_with_one_message_wherever_they_are_read() {
    let learner = learner();
    for args in [
        vec!["week"],
        vec!["review"],
        vec!["review", "--markdown"],
        vec!["export", "markdown"],
        vec!["task", "list"],
    ] {
        let out = learner.run("+262142-12-31", &args);
        assert_eq!(out.code, 1, "{args:?}: {}{}", out.stdout, out.stderr);
        assert!(
            out.stderr.contains("outside the years 1900 to 9899"),
            "{args:?}: {}",
            out.stderr
        );
    }
    let refused = learner.refused(WEDNESDAY, &["start", "fast-track-6-month", "--on", "9999-12-27"]);
    assert!(refused.contains("outside the years 1900 to 9899"), "{refused}");
    let file = learner.path("far.toml");
    std::fs::write(
        &file,
        "id = \"far\"\ntitle = \"F\"\nsummary = \"s\"\nweeks = 4\nsuggested_start = 9999-12-27\n",
    )
    .unwrap();
    let out = learner.run(WEDNESDAY, &["roadmap", "validate", file.to_str().unwrap()]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("outside the years 1900 to 9899"), "{}", out.stderr);
}

#[test]
fn week_and_today_agree_on_when_the_plan_starts_and_only_the_root_takes_no_mouse() {
    let learner = Learner::new();
    learner.ok(WEDNESDAY, &["start", "fast-track-6-month", "--on", "2026-12-07"]);
    let sunday = "2026-12-06";
    assert!(learner.ok(sunday, &["today"]).contains("Starts tomorrow"));
    let week = learner.ok(sunday, &["week"]);
    assert!(
        week.contains("Starts tomorrow") && !week.contains("Starts in 7 days"),
        "{week}"
    );
    let task_help = learner.ok(sunday, &["task", "--help"]);
    assert!(!task_help.contains("--no-mouse"), "{task_help}");
    let root_help = learner.ok(sunday, &["--help"]);
    assert!(root_help.contains("--no-mouse"), "{root_help}");
}

#[test]
fn task_list_aligns_its_dates_and_says_the_year_when_it_is_not_this_one() {
    let learner = learner();
    learner.ok(MONDAY, &["task", "add", "short day", "--on", "2026-12-01"]);
    learner.ok(MONDAY, &["task", "add", "longer day name", "--on", "2026-12-11"]);
    let list = learner.ok(WEDNESDAY, &["task", "list", "--all"]);
    let titles: Vec<usize> = list
        .lines()
        .filter_map(|l| l.find("short").or(l.find("longer")))
        .collect();
    assert_eq!(titles.len(), 2, "{list}");
    assert_eq!(titles[0], titles[1], "titles start in one column:\n{list}");
    learner.ok(MONDAY, &["task", "add", "next year", "--on", "2027-01-04"]);
    let list = learner.ok(WEDNESDAY, &["task", "list", "--all"]);
    assert!(
        list.contains("Tue 1 Dec 2026") && list.contains("Mon 4 Jan 2027"),
        "{list}"
    );
}

#[test]
fn week_next_shows_the_coming_week_on_a_sunday() {
    let learner = learner();
    let sunday = "2026-12-06";
    assert!(learner.ok(sunday, &["week"]).contains("2026-W49"));
    let next = learner.ok(sunday, &["week", "--next"]);
    assert!(next.contains("2026-W50, Mon 7 Dec to Sun 13 Dec"), "{next}");
}
