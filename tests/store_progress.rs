//! The learner's progress: enrollment, pauses, statuses, tasks, carry-over,
//! time logs and their limits, reviews and notes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "store_support/fixtures.rs"]
mod fixtures;

use fixtures::{day, small_roadmap, started_store, temp_db};
use studyplan::plan::{Enrollment, ItemState};
use studyplan::store::{Store, WeeklyReview};

#[test]
fn starting_again_keeps_one_active_enrollment_and_the_statuses() {
    let (_dir, path) = temp_db();
    let mut store = started_store(&path);
    store
        .set_status("m-first-model", Some(ItemState::Skipped), day("2026-11-24"))
        .unwrap();
    let again = Enrollment {
        roadmap_id: "tiny".into(),
        start: day("2026-12-07"),
        daily_minutes: 90,
        paused_weeks: vec![day("2026-12-21")],
    };
    store.start(&again).unwrap();
    assert_eq!(store.active_enrollment().unwrap(), Some(again));
    assert_eq!(store.statuses().unwrap().len(), 1);
}

#[test]
fn pausing_a_week_is_stored_by_its_monday_and_can_be_undone() {
    let (_dir, path) = temp_db();
    let mut store = started_store(&path);
    store.set_paused(day("2026-12-30"), true).unwrap(); // a Wednesday
    store.set_paused(day("2026-12-28"), true).unwrap(); // same week: no duplicate
    assert_eq!(
        store.active_enrollment().unwrap().unwrap().paused_weeks,
        vec![day("2026-12-28")]
    );
    store.set_paused(day("2027-01-03"), false).unwrap(); // that week's Sunday
    assert!(store.active_enrollment().unwrap().unwrap().paused_weeks.is_empty());
}

#[test]
fn statuses_need_a_started_roadmap_and_a_known_id() {
    let mut store = Store::open_in_memory().unwrap();
    store.import_roadmap(&small_roadmap(), "tiny.toml").unwrap();
    let err = store
        .set_status("d-numpy", Some(ItemState::Done), day("2026-11-24"))
        .unwrap_err();
    assert!(format!("{err}").contains("studyplan start"), "{err}");

    let (_dir, path) = temp_db();
    let mut store = started_store(&path);
    let err = store
        .set_status("d-nope", Some(ItemState::Done), day("2026-11-24"))
        .unwrap_err();
    assert_eq!(
        format!("{err}"),
        "roadmap tiny has no item `d-nope`; see its ids with `studyplan roadmap show tiny`"
    );
    assert!(store.statuses().unwrap().is_empty());
    store
        .set_status("d-numpy", Some(ItemState::InProgress), day("2026-11-24"))
        .unwrap();
    store
        .set_status("d-numpy", Some(ItemState::Done), day("2026-11-26"))
        .unwrap();
    let statuses = store.statuses().unwrap();
    assert_eq!(
        (statuses[0].state, statuses[0].on),
        (ItemState::Done, day("2026-11-26"))
    );
    store.set_status("d-numpy", None, day("2026-11-27")).unwrap();
    assert!(store.statuses().unwrap().is_empty());
}

#[test]
fn tasks_are_added_edited_moved_done_and_deleted() {
    let mut store = Store::open_in_memory().unwrap();
    let a = store.add_task("read attention paper", day("2026-11-24")).unwrap();
    let b = store.add_task("  write tests  ", day("2026-11-23")).unwrap();
    let week = store.tasks_between(day("2026-11-23"), day("2026-11-29")).unwrap();
    assert_eq!(week.iter().map(|t| t.id).collect::<Vec<_>>(), [b, a], "by day, then id");
    assert_eq!(week[0].title, "write tests");

    store.rename_task(a, "read the attention paper").unwrap();
    store.move_task(a, day("2026-11-30")).unwrap();
    store.set_task_done(b, true).unwrap();
    let week = store.tasks_between(day("2026-11-23"), day("2026-11-29")).unwrap();
    assert_eq!(week.len(), 1);
    assert!(week[0].done);
    let next = store.tasks_between(day("2026-11-30"), day("2026-12-06")).unwrap();
    assert_eq!(next[0].title, "read the attention paper");

    store.delete_task(b).unwrap();
    assert!(format!("{}", store.delete_task(b).unwrap_err()).contains(&format!("no task {b}")));
    assert!(store.rename_task(999, "x").is_err());
    assert!(store.add_task("   ", day("2026-11-24")).is_err());
}

#[test]
fn carry_over_moves_exactly_the_unfinished_tasks_of_the_week() {
    let mut store = Store::open_in_memory().unwrap();
    let before = store.add_task("last week, open", day("2026-11-22")).unwrap();
    let open_mon = store.add_task("open on Monday", day("2026-11-23")).unwrap();
    let done = store.add_task("done on Tuesday", day("2026-11-24")).unwrap();
    let open_sun = store.add_task("open on Sunday", day("2026-11-29")).unwrap();
    let after = store.add_task("next week already", day("2026-11-30")).unwrap();
    store.set_task_done(done, true).unwrap();

    assert_eq!(store.carry_over(day("2026-11-23")).unwrap(), 2);

    let next: Vec<_> = store.tasks_between(day("2026-11-30"), day("2026-11-30")).unwrap();
    assert_eq!(
        next.iter().map(|t| t.id).collect::<Vec<_>>(),
        [open_mon, open_sun, after]
    );
    let this: Vec<_> = store.tasks_between(day("2026-11-22"), day("2026-11-29")).unwrap();
    assert_eq!(this.iter().map(|t| t.id).collect::<Vec<_>>(), [before, done]);

    let carried = store.carry_overs(day("2026-11-23")).unwrap();
    assert_eq!(carried.len(), 2);
    assert_eq!(
        (carried[0].task_id, carried[0].from, carried[0].to),
        (open_mon, day("2026-11-23"), day("2026-11-30"))
    );
    assert_eq!(carried[1].title, "open on Sunday");
    assert_eq!(store.carry_over(day("2026-11-23")).unwrap(), 0, "nothing left to carry");
}

#[test]
fn time_logs_sum_per_day() {
    let mut store = Store::open_in_memory().unwrap();
    store.log_time(day("2026-11-23"), "learn", 30, Some("ch. 3")).unwrap();
    store.log_time(day("2026-11-23"), "build", 60, Some("  ")).unwrap();
    store.log_time(day("2026-11-25"), "polish", 25, None).unwrap();
    let entries = store.time_between(day("2026-11-23"), day("2026-11-29")).unwrap();
    assert_eq!(entries.len(), 3);
    assert_eq!(entries[0].note.as_deref(), Some("ch. 3"));
    assert_eq!(entries[1].note, None, "a blank note is no note");
    assert_eq!(
        store.minutes_per_day(day("2026-11-23"), day("2026-11-29")).unwrap(),
        [(day("2026-11-23"), 90), (day("2026-11-25"), 25)]
    );
}

#[test]
fn a_wrong_log_can_be_deleted() {
    let mut store = Store::open_in_memory().unwrap();
    let wrong = store.log_time(day("2026-11-23"), "learn", 45, None).unwrap();
    let right = store.log_time(day("2026-11-23"), "build", 45, None).unwrap();
    store.delete_time_entry(wrong).unwrap();
    let ids: Vec<_> = store
        .time_between(day("2026-11-23"), day("2026-11-23"))
        .unwrap()
        .iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(ids, [right]);
    assert!(format!("{}", store.delete_time_entry(wrong).unwrap_err()).contains("no time entry"));
}

#[test]
fn log_limits_are_refused_with_nothing_written() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let monday = day("2026-11-23");
    assert!(format!("{}", store.log_time(monday, "build", 0, None).unwrap_err()).contains("at least 1 minute"));
    assert!(format!("{}", store.log_time(monday, "build", 1441, None).unwrap_err()).contains("more than a day"));
    assert!(store.log_time(monday, "", 10, None).is_err());
    store.log_time(monday, "build", 1400, None).unwrap();
    let err = store.log_time(monday, "learn", 41, None).unwrap_err();
    assert!(format!("{err}").contains("would pass 24 hours"), "{err}");
    store.log_time(monday, "learn", 40, None).unwrap();
    assert_eq!(store.minutes_per_day(monday, monday).unwrap(), [(monday, 1440)]);
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.time_between(monday, monday).unwrap().len(), 2);
}

#[test]
fn a_review_round_trips_and_is_replaced_whole() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let review = WeeklyReview {
        monday: None,
        answers: vec![
            ("q-ship".into(), "yes, the CLI".into()),
            ("q-stuck".into(), "tokenizers".into()),
        ],
        went_well: "shipped every day".into(),
        in_the_way: "a cold".into(),
        next_focus: "attention".into(),
    };
    store.save_review(day("2026-11-23"), &review).unwrap();
    drop(store);
    let mut store = Store::open(&path).unwrap();
    let back = store.review(day("2026-11-29")).unwrap().unwrap();
    assert_eq!(
        back,
        WeeklyReview {
            monday: Some(day("2026-11-23")),
            ..review.clone()
        }
    );
    let shorter = WeeklyReview {
        answers: vec![("q-ship".into(), "no".into())],
        ..review
    };
    store.save_review(day("2026-11-23"), &shorter).unwrap();
    assert_eq!(
        store.review(day("2026-11-23")).unwrap().unwrap().answers,
        shorter.answers
    );
    assert_eq!(store.review(day("2026-11-30")).unwrap(), None);
}

#[test]
fn a_day_note_is_saved_replaced_and_cleared() {
    let mut store = Store::open_in_memory().unwrap();
    assert_eq!(store.note(day("2026-11-24")).unwrap(), None);
    store.save_note(day("2026-11-24"), "slow start").unwrap();
    store.save_note(day("2026-11-24"), "slow start, good end").unwrap();
    assert_eq!(
        store.note(day("2026-11-24")).unwrap().as_deref(),
        Some("slow start, good end")
    );
    store.save_note(day("2026-11-24"), "").unwrap();
    assert_eq!(store.note(day("2026-11-24")).unwrap(), None);
}

#[test]
fn a_nul_in_a_task_title_or_note_is_refused_with_a_clear_message_and_nothing_written() {
    let mut store = Store::open_in_memory().unwrap();
    let err = store.add_task("read\0ch. 3", day("2026-11-24")).unwrap_err();
    assert!(format!("{err:#}").contains("NUL"), "{err:#}");
    assert!(
        store
            .tasks_between(day("2026-11-23"), day("2026-11-29"))
            .unwrap()
            .is_empty()
    );
    let err = store.save_note(day("2026-11-24"), "a\0b").unwrap_err();
    assert!(format!("{err:#}").contains("NUL"), "{err:#}");
    assert_eq!(store.note(day("2026-11-24")).unwrap(), None);
}
