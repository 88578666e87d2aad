//! Time as the learner lives it, at the shell (issue 12): a streak that rest
//! days and paused weeks do not break, days studied out of the week's study
//! days, pace in minutes beside pace in items, honest endings, a one-week
//! phase, and a daily budget too small for a block.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/cli.rs"]
mod support;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use studyplan::store::Store;
use support::Learner;

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// Starts standard-9-month (two hours a day; Sunday is "Review and reset",
/// no study) on Monday 30 November 2026 and logs `minutes` on every day
/// from the start to `last` for which `studied` says so.
fn following(last: &str, minutes: u32, studied: impl Fn(NaiveDate) -> bool) -> Learner {
    let learner = Learner::new();
    learner.ok("2026-11-30", &["start", "standard-9-month", "--on", "2026-11-30"]);
    let mut store = Store::open(&learner.db).unwrap();
    let mut day = date("2026-11-30");
    while day <= date(last) {
        if studied(day) {
            store.log_time(day, "learn", minutes, None).unwrap();
        }
        day += Duration::days(1);
    }
    learner
}

fn not_sunday(day: NaiveDate) -> bool {
    day.weekday() != Weekday::Sun
}

#[test]
fn thirty_days_followed_on_a_plan_with_rest_sundays_are_a_streak_of_26_study_days() {
    // 30 November to 29 December: 30 calendar days, 4 of them rest Sundays.
    let learner = following("2026-12-29", 60, not_sunday);
    let today = learner.json("2026-12-29", &["today", "--json"]);
    assert_eq!(today["streak_days"], 26, "{today}");
    let text = learner.ok("2026-12-29", &["today"]);
    assert!(text.contains("Streak: 26 study days"), "{text}");
    let review = learner.json("2026-12-29", &["review", "--json"]);
    assert_eq!(review["streak_days"], 26, "{review}");
    // On the rest Sunday itself, before logging anything, the streak holds.
    let sunday = learner.json("2026-12-27", &["today", "--json"]);
    assert_eq!(sunday["streak_days"], 24, "{sunday}");
}

#[test]
fn a_paused_week_in_between_does_not_reset_the_streak() {
    let learner = Learner::new();
    learner.ok("2026-11-30", &["start", "standard-9-month", "--on", "2026-11-30"]);
    learner.ok("2026-12-07", &["pause", "--week", "2026-W50"]);
    let mut store = Store::open(&learner.db).unwrap();
    let holiday = date("2026-12-07")..=date("2026-12-13");
    let mut day = date("2026-11-30");
    while day <= date("2026-12-29") {
        if not_sunday(day) && !holiday.contains(&day) {
            store.log_time(day, "learn", 60, None).unwrap();
        }
        day += Duration::days(1);
    }
    drop(store);
    // 6 + 6 + 6 + 2 study days around the holiday.
    let today = learner.json("2026-12-29", &["today", "--json"]);
    assert_eq!(today["streak_days"], 20, "{today}");
    let paused = learner.json("2026-12-29", &["review", "--json", "--week", "2026-W50"]);
    assert_eq!(paused["streak_days"], 6, "the holiday's own review: {paused}");
    assert_eq!(paused["study_days_planned"], 0, "{paused}");
}

#[test]
fn a_missed_wednesday_breaks_the_streak() {
    let learner = following("2026-12-29", 60, |day| not_sunday(day) && day != date("2026-12-16"));
    let today = learner.json("2026-12-29", &["today", "--json"]);
    // Thursday 17 to Saturday 19, 21 to 26, 28 and 29 December.
    assert_eq!(today["streak_days"], 11, "{today}");
}

#[test]
fn time_logged_on_a_rest_day_counts_and_days_studied_are_out_of_the_study_days() {
    // Every day of the week of 14 December, the rest Sunday too.
    let learner = following("2026-12-20", 60, |day| day >= date("2026-12-14"));
    let review = learner.json("2026-12-20", &["review", "--json"]);
    assert_eq!(review["streak_days"], 7, "{review}");
    assert_eq!(review["study_days_studied"], 6, "{review}");
    assert_eq!(review["study_days_planned"], 6, "{review}");
    assert_eq!(review["days_studied"], 7, "{review}");
    let text = learner.ok("2026-12-20", &["review"]);
    assert!(
        text.contains("Days studied: 6 of 6 study days, and 1 day off; streak: 7 study days"),
        "{text}"
    );
    let markdown = learner.ok("2026-12-20", &["review", "--markdown"]);
    assert!(
        markdown.contains("Studied on 6 of 6 study days, and 1 day off; streak: 7 study days."),
        "{markdown}"
    );
}

#[test]
fn a_week_followed_perfectly_reads_six_of_six_study_days() {
    let learner = following("2026-12-06", 60, not_sunday);
    let text = learner.ok("2026-12-06", &["review"]);
    assert!(
        text.contains("Days studied: 6 of 6 study days; streak: 6 study days"),
        "{text}"
    );
}

#[test]
fn pace_counts_minutes_too_so_an_item_ticked_early_does_not_hide_missed_days() {
    // Two study days missed and 85 minutes on the others of a 120-minute plan
    // (55% of the planned minutes), with the items due so far done and one
    // of a later week ticked early.
    let learner = following("2026-12-09", 85, |day| {
        not_sunday(day) && day != date("2026-12-02") && day != date("2026-12-08")
    });
    let today = date("2026-12-10");
    let mut store = Store::open(&learner.db).unwrap();
    let due = studyplan::study::load_started(&store, studyplan::study::Focus::today(today))
        .unwrap()
        .due_items;
    let expected = due.iter().filter(|item| item.due < today).count();
    for item in &due[..=expected] {
        store
            .set_status(&item.id, Some(studyplan::plan::ItemState::Done), date("2026-12-01"))
            .unwrap();
    }
    drop(store);
    let json = learner.json("2026-12-10", &["today", "--json"]);
    let pace = &json["pace"];
    assert_eq!(pace["items"]["status"], "ahead", "{pace}");
    // 9 study days before today planned 1080 minutes; 595 were logged: 4 days short.
    assert_eq!(pace["minutes"]["status"], "behind", "{pace}");
    assert_eq!(pace["minutes"]["days"], 4, "{pace}");
    assert_eq!(pace["logged_minutes"], 595, "{pace}");
    assert_eq!(pace["planned_minutes"], 1080, "{pace}");
    assert_eq!(pace["status"], "behind", "the worse of the two: {pace}");
    assert_eq!(pace["days"], 4, "{pace}");
    assert_eq!(pace["basis"], "minutes", "{pace}");
    // The keys the pace always had are still there.
    for key in ["settled", "expected", "total", "projected_finish", "planned_finish"] {
        assert!(pace.get(key).is_some(), "{key} missing: {pace}");
    }
    let text = learner.ok("2026-12-10", &["today"]);
    assert!(text.contains("Pace: 4 days behind"), "{text}");
}

#[test]
fn a_plan_with_no_due_dates_gets_its_minutes_pace() {
    // genai-engineering is topics only: four idle weeks are four weeks of study days missed.
    let learner = Learner::new();
    learner.ok("2026-11-30", &["start", "genai-engineering", "--on", "2026-11-30"]);
    let text = learner.ok("2026-12-27", &["today"]);
    assert!(!text.contains("Pace: no due dates"), "{text}");
    assert!(
        text.contains(
            "Pace: 24 days behind (minutes: 24 days behind, 0m logged of 48h planned so far; items: no due dates;"
        ),
        "{text}"
    );
}

/// A two-week roadmap: ten deliverables over two one-week phases, a
/// 25-minute day split 10/10/5.
const TEN_ITEMS: &str = r#"
id = "ten-items"
title = "Ten items"
summary = "Two weeks, ten deliverables"
weeks = 2

[daily]
minutes = 25
blocks = [
  { id = "read", name = "Read", minutes = 10 },
  { id = "code", name = "Code", minutes = 10 },
  { id = "notes", name = "Notes", minutes = 5 },
]

[[phases]]
id = "warm-up"
title = "Warm-up"
weeks = [1, 1]
deliverables = [
  { id = "d1", title = "One" }, { id = "d2", title = "Two" }, { id = "d3", title = "Three" },
  { id = "d4", title = "Four" }, { id = "d5", title = "Five" },
]

[[phases]]
id = "main"
title = "Main"
weeks = [2, 2]
deliverables = [
  { id = "d6", title = "Six" }, { id = "d7", title = "Seven" }, { id = "d8", title = "Eight" },
  { id = "d9", title = "Nine" }, { id = "d10", title = "Ten" },
]
"#;

fn ten_items(daily_minutes: &str) -> Learner {
    let learner = Learner::new();
    let file = learner.path("ten-items.toml");
    std::fs::write(&file, TEN_ITEMS).unwrap();
    learner.ok("2026-11-30", &["roadmap", "import", file.to_str().unwrap()]);
    learner.ok(
        "2026-11-30",
        &[
            "start",
            "ten-items",
            "--on",
            "2026-11-30",
            "--daily-minutes",
            daily_minutes,
        ],
    );
    learner
}

#[test]
fn a_plan_ended_with_few_items_done_says_so_instead_of_finished() {
    let learner = ten_items("25");
    for id in ["d1", "d2", "d3"] {
        learner.ok("2026-12-04", &["done", id]);
    }
    let text = learner.ok("2026-12-20", &["today"]);
    assert!(
        text.contains("The plan ended on Sun 13 Dec with 3 of 10 items done"),
        "{text}"
    );
    assert!(!text.contains("Finished"), "{text}");
    let week = learner.ok("2026-12-20", &["week"]);
    assert!(week.contains("The plan ended on Sun 13 Dec"), "{week}");
    assert!(!week.contains("Finished"), "{week}");
}

#[test]
fn the_review_of_a_week_after_the_end_does_not_say_the_plan_ends_with_it() {
    let learner = ten_items("25");
    let last = learner.ok("2026-12-20", &["review", "--week", "2026-W50"]);
    assert!(last.contains("The plan ends with this week."), "{last}");
    let after = learner.ok("2026-12-20", &["review", "--week", "2026-W51"]);
    assert!(!after.contains("The plan ends with this week"), "{after}");
    assert!(after.contains("The plan ended on Sun 13 Dec."), "{after}");
    let before = learner.ok("2026-11-20", &["review", "--week", "2026-W48"]);
    assert!(!before.contains("The plan ends with this week"), "{before}");
    assert!(before.contains("  Week 1: Warm-up"), "{before}");
    let long_before = learner.ok("2026-11-20", &["review", "--week", "2026-W47"]);
    assert!(long_before.contains("The plan starts on Mon 30 Nov."), "{long_before}");
}

#[test]
fn a_one_week_phase_reads_week_1() {
    let learner = ten_items("25");
    let text = learner.ok("2026-12-01", &["today"]);
    assert!(text.contains("Phase: Warm-up (week 1)"), "{text}");
    assert!(!text.contains("weeks 1-1"), "{text}");
}

#[test]
fn a_budget_too_small_for_a_block_is_a_warning_on_today_not_a_silent_zero() {
    // 10 minutes over a 10/10/5 split plans 5/5/0.
    let learner = ten_items("10");
    let today = learner.json("2026-12-01", &["today", "--json"]);
    let planned: Vec<u64> = today["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["planned_minutes"].as_u64().unwrap())
        .collect();
    assert_eq!(planned, [5, 5, 0]);
    let warning = today["budget_warning"].as_str().unwrap();
    assert!(warning.contains("Notes"), "{warning}");
    let text = learner.ok("2026-12-01", &["today"]);
    assert!(
        text.contains(
            "10 minutes a day is too short for every block: Notes gets no time (15 minutes gives each block some)."
        ),
        "{text}"
    );
    let enough = ten_items("25");
    let today = enough.json("2026-12-01", &["today", "--json"]);
    assert!(today["budget_warning"].is_null(), "{today}");
}
