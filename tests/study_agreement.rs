//! The command line and the interface agree on every number: every bundled
//! roadmap is walked over every day from a week before its start to a week
//! after its end, with logs, tasks, settled items and a paused week in the
//! store, and what `today --json`, `week --json` and `review --json` print is
//! compared with what the interface's Today, Week and Review screens hold.
//! In process: the views the commands print, and the `App` the interface runs.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{Duration, NaiveDate, NaiveTime};
use studyplan::commands::session::{today_view, week_view};
use studyplan::commands::weekly::WeekReview;
use studyplan::plan::calendar::default_start;
use studyplan::plan::{Enrollment, ItemState, monday_of};
use studyplan::roadmap::bundled::BUNDLED;
use studyplan::store::Store;
use studyplan::study::{Focus, Snapshot, load_started, rules};
use studyplan::tui::action::Action;
use studyplan::tui::app::App;

/// A store following `roadmap_id` from `start`, with a paused third week and a
/// history: time on most study days, a task every few days (some done), and
/// the first deliverables settled.
fn lived_in(path: &std::path::Path, roadmap_id: &str, start: NaiveDate, weeks: u32) -> Store {
    let mut store = Store::open(path).unwrap();
    store.refresh_bundled().unwrap();
    store
        .start(&Enrollment {
            roadmap_id: roadmap_id.to_owned(),
            start,
            daily_minutes: 120,
            paused_weeks: Vec::new(),
        })
        .unwrap();
    store.set_paused(monday_of(start) + Duration::weeks(2), true).unwrap();
    let blocks = store.roadmap(roadmap_id).unwrap().daily_split().blocks;
    for offset in 0..i64::from(weeks) * 7 + 7 {
        let day = start + Duration::days(offset);
        if offset % 5 != 3 {
            let block = &blocks[usize::try_from(offset).unwrap() % blocks.len()];
            store
                .log_time(day, &block.id, 25 + u32::try_from(offset % 4).unwrap() * 10, None)
                .unwrap();
        }
        if offset % 4 == 0 {
            let id = store.add_task(&format!("task of day {offset}"), day).unwrap();
            if offset % 8 == 0 {
                store.set_task_done(id, true).unwrap();
            }
        }
    }
    let snap = load_started(&store, Focus::today(start)).unwrap();
    for (i, item) in snap.due_items.iter().take(4).enumerate() {
        let state = if i == 1 { ItemState::Skipped } else { ItemState::Done };
        store.set_status(&item.id, Some(state), item.due).unwrap();
    }
    store
}

fn ids<T>(items: &[T], id: impl Fn(&T) -> String) -> Vec<String> {
    items.iter().map(id).collect()
}

/// Every number `today`, `week` and `review` print, against the screens' data.
fn agree(cli: &Snapshot, tui: &Snapshot, day: NaiveDate, label: &str) {
    let now = day.and_time(NaiveTime::MIN);
    let today = today_view(cli, now);
    assert_eq!(today.blocks.len(), tui.today.blocks.len(), "{label}: blocks");
    for (printed, shown) in today.blocks.iter().zip(&tui.today.blocks) {
        assert_eq!(
            printed.planned_minutes, shown.planned_minutes,
            "{label}: planned {}",
            shown.id
        );
        assert_eq!(
            printed.logged_minutes,
            tui.logged_today(&shown.id),
            "{label}: logged {}",
            shown.id
        );
    }
    assert_eq!(
        ids(&today.tasks, |t| t.id.to_string()),
        ids(&tui.today_tasks, |t| t.id.to_string()),
        "{label}: tasks"
    );
    assert_eq!(
        ids(&today.carried_tasks, |t| t.id.to_string()),
        ids(&tui.carried_tasks, |t| t.id.to_string()),
        "{label}: carried tasks"
    );
    let late_shown = rules::late_items(&tui.due_items, day);
    assert_eq!(
        ids(&today.late, |i| i.id.clone()),
        ids(&late_shown, |i| i.id.clone()),
        "{label}: late"
    );
    if let Some(pace) = &tui.pace {
        assert_eq!(&today.pace, pace, "{label}: pace");
    }
    assert_eq!(today.streak_days, tui.streak, "{label}: streak on Today");
    assert_eq!(today.budget_warning, tui.budget_warning(), "{label}: budget warning");

    let week = week_view(cli);
    let plan_days = tui.week.monday..=tui.week.monday + Duration::days(6);
    let shown_logged: u32 = tui
        .week_time
        .iter()
        .filter(|e| plan_days.contains(&e.day))
        .map(|e| e.minutes)
        .sum();
    let shown_planned: u32 = tui
        .week
        .days
        .iter()
        .flat_map(|d| &d.blocks)
        .map(|b| b.planned_minutes)
        .sum();
    assert_eq!(
        (week.planned_minutes, week.logged_minutes),
        (shown_planned, shown_logged),
        "{label}: week minutes"
    );
    for (printed, shown) in week.days.iter().zip(&tui.week.days) {
        let tasks = tui.week_tasks.iter().filter(|t| t.day == shown.date).count();
        assert_eq!(printed.tasks.len(), tasks, "{label}: tasks on {}", shown.date);
    }
    assert_eq!(
        ids(&week.deliverables, |i| i.id.clone()),
        ids(&tui.week.due, |i| i.id.clone()),
        "{label}: due"
    );

    let review = WeekReview::of(cli.clone()).view();
    let numbers = &tui.review;
    assert_eq!(review.streak_days, numbers.streak, "{label}: streak");
    assert_eq!(review.days_studied, numbers.days_studied, "{label}: days studied");
    assert_eq!(
        (review.study_days_studied, review.study_days_planned),
        (numbers.study_days_studied, numbers.study_days_planned),
        "{label}: study days"
    );
    assert_eq!(
        (review.planned_minutes, review.logged_minutes),
        (numbers.planned_minutes, numbers.logged_minutes),
        "{label}: review minutes"
    );
    assert_eq!(review.pace, numbers.pace, "{label}: review pace");
    assert_eq!(
        usize::try_from(review.deliverables_done).unwrap(),
        numbers.deliverables_done.len(),
        "{label}: deliverables done"
    );
}

#[test]
fn today_week_and_review_print_what_the_screens_show_on_every_day_of_every_bundled_roadmap() {
    for bundled in BUNDLED {
        let roadmap = studyplan::roadmap::parse_str(bundled.source, bundled.file_name).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("study.db");
        let start = default_start(roadmap.suggested_start, NaiveDate::from_ymd_opt(2026, 11, 30).unwrap());
        let weeks = roadmap.length_weeks() + 1;
        let cli = lived_in(&path, &roadmap.id, start, weeks);
        let first = start - Duration::days(7);
        let mut app = App::new(Store::open(&path).unwrap(), first.and_time(NaiveTime::MIN)).unwrap();
        let mut day = first;
        while day <= start + Duration::weeks(i64::from(weeks)) + Duration::days(7) {
            // A new day reloads the interface, as it does at midnight.
            app.update(Action::Refresh, day.and_time(NaiveTime::MIN));
            let shown = app.view().data.clone().unwrap();
            let printed = load_started(&cli, Focus::week(day, app.view().shown_monday)).unwrap();
            agree(&printed, &shown, day, &format!("{} on {day}", roadmap.id));
            day += Duration::days(1);
        }
    }
}

#[test]
fn a_review_of_a_week_over_a_year_back_has_the_same_streak_in_the_command_and_on_the_screen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("study.db");
    let first = NaiveDate::from_ymd_opt(2025, 9, 1).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
    let mut store = Store::open(&path).unwrap();
    store.refresh_bundled().unwrap();
    store
        .start(&Enrollment {
            roadmap_id: "standard-9-month".to_owned(),
            start: first,
            daily_minutes: 120,
            paused_weeks: Vec::new(),
        })
        .unwrap();
    let mut day = first;
    while day < today {
        store.log_time(day, "learn", 30, None).unwrap();
        day += Duration::days(1);
    }
    // Monday 20 October 2025: 56 days studied in a row by its Sunday, 26 October.
    let monday = NaiveDate::from_ymd_opt(2025, 10, 20).unwrap();
    let printed = WeekReview::of(load_started(&store, Focus::week(today, monday)).unwrap()).view();
    assert_eq!(printed.streak_days, 56, "review --week 2025-W43");

    let mut app = App::new(Store::open(&path).unwrap(), today.and_time(NaiveTime::MIN)).unwrap();
    app.update(
        Action::Show(studyplan::tui::action::Screen::Review),
        today.and_time(NaiveTime::MIN),
    );
    while app.view().shown_monday > monday {
        app.update(Action::PreviousWeek, today.and_time(NaiveTime::MIN));
    }
    let shown = app.view().data.clone().unwrap();
    assert_eq!(shown.review.monday, monday);
    assert_eq!(shown.review.streak, 56, "the Review screen of the same week");
}
