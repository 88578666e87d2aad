//! Batches: years of history in one transaction (what `studyplan demo --years N`
//! needs), all-or-nothing, with the same checks as single writes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "store_support/fixtures.rs"]
mod fixtures;

use std::time::Instant;

use chrono::Duration;
use fixtures::{day, started_store, temp_db};
use studyplan::plan::ItemState;
use studyplan::store::{Store, WeeklyReview};

#[test]
fn five_years_of_daily_history_insert_fast_in_one_batch() {
    let (_dir, path) = temp_db();
    let mut store = started_store(&path);
    let first = day("2021-11-22");
    let days = 5 * 365;
    let started = Instant::now();
    let mut batch = store.batch().unwrap();
    for n in 0..days {
        let on = first + Duration::days(n);
        batch.log_time(on, "learn", 30, None).unwrap();
        batch.log_time(on, "build", 55 + (n % 10) as u32, Some("demo")).unwrap();
        batch.log_time(on, "polish", 25, None).unwrap();
        if n % 3 == 0 {
            batch.add_task(&format!("demo task {n}"), on, n % 2 == 0).unwrap();
        }
        if n % 7 == 6 {
            let review = WeeklyReview {
                went_well: format!("week {}", n / 7),
                ..WeeklyReview::default()
            };
            batch.save_review(on, &review).unwrap();
        }
    }
    batch.set_status("tiny", "d-numpy", ItemState::Done, first).unwrap();
    batch.commit().unwrap();
    let took = started.elapsed();
    eprintln!("5 years of history ({} logs) in {took:?}", days * 3);
    // Well under a second in release; the bound leaves room for a debug build on a busy machine.
    assert!(took.as_secs_f64() < 3.0, "took {took:?}");

    let last = first + Duration::days(days - 1);
    assert_eq!(store.time_between(first, last).unwrap().len(), (days * 3) as usize);
    assert_eq!(store.minutes_per_day(first, last).unwrap().len(), days as usize);
    assert_eq!(store.statuses().unwrap().len(), 1);
    assert!(store.review(first + Duration::days(6)).unwrap().is_some());

    // Reading one week stays fast whatever the history size (the day index).
    let started = Instant::now();
    for _ in 0..100 {
        store.time_between(last - Duration::days(6), last).unwrap();
        store.tasks_between(last - Duration::days(6), last).unwrap();
    }
    let per_read = started.elapsed() / 100;
    eprintln!("one week read in {per_read:?}");
    assert!(per_read.as_millis() < 20, "a week read took {per_read:?}");
}

#[test]
fn a_batch_dropped_without_commit_writes_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    {
        let mut batch = store.batch().unwrap();
        batch.log_time(day("2026-11-23"), "build", 60, None).unwrap();
        batch.add_task("never saved", day("2026-11-23"), false).unwrap();
    }
    assert!(store.is_empty().unwrap());
}

#[test]
fn a_batch_keeps_the_24_hour_limit_and_known_ids() {
    let (_dir, path) = temp_db();
    let mut store = started_store(&path);
    let mut batch = store.batch().unwrap();
    batch.log_time(day("2026-11-23"), "build", 1000, None).unwrap();
    assert!(batch.log_time(day("2026-11-23"), "learn", 441, None).is_err());
    assert!(
        batch
            .set_status("tiny", "no-such-item", ItemState::Done, day("2026-11-23"))
            .is_err()
    );
    batch.commit().unwrap();
    assert_eq!(
        store.minutes_per_day(day("2026-11-23"), day("2026-11-23")).unwrap(),
        [(day("2026-11-23"), 1000)]
    );
}
