//! What a learner saw living through a week of the bundled roadmaps at the
//! shell, pinned after it was wrong: each test is one thing that confused.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/cli.rs"]
mod support;

use chrono::NaiveDate;
use studyplan::store::{Store, WeeklyReview};
use support::Learner;

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

#[test]
fn a_review_with_only_checkpoint_answers_prints_no_empty_reflection_lines() {
    // Week 4 of the 9-month track is a checkpoint week (every 4 weeks).
    let learner = Learner::new();
    learner.ok("2026-11-09", &["start", "standard-9-month", "--on", "2026-11-09"]);
    let mut store = Store::open(&learner.db).unwrap();
    let review = WeeklyReview {
        monday: Some(date("2026-11-30")),
        answers: vec![("can-demo".to_owned(), "Yes, the SQL repo".to_owned())],
        went_well: String::new(),
        in_the_way: "Polish got skipped".to_owned(),
        next_focus: String::new(),
    };
    store.save_review(date("2026-11-30"), &review).unwrap();
    drop(store);

    let text = learner.ok("2026-12-06", &["review"]);
    assert!(text.contains("    > Yes, the SQL repo"), "{text}");
    assert!(text.contains("  In the way: Polish got skipped"), "{text}");
    assert!(
        !text.contains("Went well"),
        "an unanswered prompt printed empty:\n{text}"
    );
    assert!(
        !text.contains("Next focus"),
        "an unanswered prompt printed empty:\n{text}"
    );

    let mut store = Store::open(&learner.db).unwrap();
    let answers_only = WeeklyReview {
        in_the_way: String::new(),
        ..review
    };
    store.save_review(date("2026-11-30"), &answers_only).unwrap();
    drop(store);
    let text = learner.ok("2026-12-06", &["review"]);
    assert!(!text.contains("Reflection"), "a heading over nothing:\n{text}");
}
