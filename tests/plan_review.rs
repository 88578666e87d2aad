//! The Sunday review of a week: what a learner reads about their week.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use chrono::NaiveDate;
use studyplan::plan::review::{PlanEdge, ReviewInput, ReviewSummary, review};
use studyplan::plan::study_days::current_streak;
use studyplan::plan::{Enrollment, ItemState, ItemStatus, PaceBasis, PaceStatus, Task, TimeEntry};
use studyplan::roadmap::parse_str;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

const ROADMAP: &str = r#"
id = "r"
title = "R"
summary = "s"
weeks = 8
[[phases]]
id = "sprint-1"
level = "sprint"
title = "Foundations"
weeks = [1, 4]
focus = "Python and math"
deliverables = [{ id = "repo", title = "Repo", week = 1 }, { id = "calc", title = "Calculus notes", week = 2 }]
[[phases]]
id = "sprint-2"
level = "sprint"
title = "Deep learning"
weeks = [5, 8]
[[week_details]]
id = "week-3"
week = 3
title = "Gradient descent"
[[milestones]]
id = "first-model"
title = "First model trained"
week = 2
[[checkpoints]]
id = "check"
title = "Are you on track?"
every_weeks = 2
questions = [{ id = "q1", text = "What did you ship?" }]
"#;

fn enrollment() -> Enrollment {
    Enrollment {
        roadmap_id: "r".into(),
        start: date(2026, 11, 23),
        daily_minutes: 120,
        paused_weeks: vec![],
    }
}

fn entry(day: NaiveDate, block: &str, minutes: u32) -> TimeEntry {
    TimeEntry {
        id: 0,
        day,
        block: block.into(),
        minutes,
        note: None,
    }
}

fn status(id: &str, state: ItemState, on: NaiveDate) -> ItemStatus {
    ItemStatus {
        item_id: id.into(),
        state,
        on,
    }
}

/// Week 2 (Nov 30 - Dec 6 2026) reviewed on its Sunday.
fn week_two(
    statuses: &[ItemStatus],
    entries: &[TimeEntry],
    tasks: &[Task],
    minutes: &[(NaiveDate, u32)],
) -> ReviewSummary {
    let input = ReviewInput {
        statuses,
        entries,
        tasks,
        minutes_per_day: minutes,
        today: date(2026, 12, 6),
    };
    review(
        &parse_str(ROADMAP, "test").unwrap(),
        &enrollment(),
        date(2026, 12, 2),
        input,
    )
}

#[test]
fn blocks_compare_logged_minutes_with_six_study_days() {
    let entries = [
        entry(date(2026, 11, 30), "learn", 30),
        entry(date(2026, 12, 1), "build", 45),
        entry(date(2026, 12, 1), "build", 20),
        entry(date(2026, 12, 2), "gone", 10),
        entry(date(2026, 12, 7), "learn", 99),
    ];
    let r = week_two(&[], &entries, &[], &[]);
    let got: Vec<_> = r
        .blocks
        .iter()
        .map(|b| (b.id.as_str(), b.planned_minutes, b.logged_minutes))
        .collect();
    assert_eq!(
        got,
        [
            ("learn", 180, 30),
            ("build", 360, 65),
            ("polish", 180, 0),
            ("gone", 0, 10)
        ]
    );
    assert_eq!((r.planned_minutes, r.logged_minutes, r.days_studied), (720, 105, 3));
    assert_eq!((r.study_days_studied, r.study_days_planned), (3, 6));
    assert_eq!(r.iso_week.to_string(), "2026-W49");
    assert_eq!(r.week, Some(2));
}

#[test]
fn streak_runs_back_from_the_end_over_the_rest_sunday_and_today_without_time_does_not_break_it() {
    let minutes = [
        (date(2026, 12, 3), 30),
        (date(2026, 12, 4), 10),
        (date(2026, 12, 5), 60),
    ];
    let roadmap = parse_str(ROADMAP, "test").unwrap();
    let streak = |end, today| current_streak(&roadmap, &enrollment(), &minutes, end, today);
    assert_eq!(streak(date(2026, 12, 6), date(2026, 12, 6)), 3);
    assert_eq!(streak(date(2026, 12, 6), date(2026, 12, 20)), 3, "Sunday is a rest day");
    assert_eq!(streak(date(2026, 12, 4), date(2026, 12, 20)), 2);
    assert_eq!(
        streak(date(2026, 12, 8), date(2026, 12, 20)),
        0,
        "Monday and Tuesday were missed"
    );
    assert_eq!(week_two(&[], &[], &[], &minutes).streak, 3);
}

#[test]
fn due_items_milestones_reached_checkpoint_and_pace() {
    let statuses = [
        status("repo", ItemState::Done, date(2026, 11, 28)),
        status("calc", ItemState::Done, date(2026, 12, 2)),
        status("first-model", ItemState::Done, date(2026, 12, 5)),
    ];
    let r = week_two(&statuses, &[], &[], &[]);
    assert_eq!(
        r.deliverables_due.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
        ["calc"]
    );
    assert_eq!(r.milestones_due.len(), 1);
    assert_eq!(r.due_done, 2);
    assert_eq!(
        r.milestones_reached.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
        ["first-model"]
    );
    assert_eq!(r.checkpoint.as_ref().map(|c| c.questions.len()), Some(1));
    assert_eq!(r.pace.items.map(|items| items.status), Some(PaceStatus::OnTrack));
    // Nothing logged in twelve study days: the minutes are the worse measure.
    assert_eq!(
        (r.pace.status, r.pace.days, r.pace.basis),
        (PaceStatus::Behind, 12, PaceBasis::Minutes)
    );
}

#[test]
fn pace_of_a_past_week_ignores_statuses_set_later() {
    let statuses = [status("repo", ItemState::Done, date(2026, 12, 20))];
    let input = ReviewInput {
        statuses: &statuses,
        entries: &[],
        tasks: &[],
        minutes_per_day: &[],
        today: date(2026, 12, 21),
    };
    let r = review(
        &parse_str(ROADMAP, "test").unwrap(),
        &enrollment(),
        date(2026, 12, 2),
        input,
    );
    assert_eq!(r.pace.settled, 0);
    assert_eq!(r.pace.status, PaceStatus::Behind);
}

#[test]
fn unfinished_tasks_carry_over_and_next_week_has_a_focus() {
    let task = |id, day, done| Task {
        id,
        title: format!("t{id}"),
        day,
        done,
    };
    let tasks = [
        task(1, date(2026, 12, 1), true),
        task(2, date(2026, 12, 3), false),
        task(3, date(2026, 12, 9), false),
    ];
    let r = week_two(&[], &[], &tasks, &[]);
    assert_eq!(r.unfinished_tasks.iter().map(|t| t.id).collect::<Vec<_>>(), [2]);
    assert_eq!(
        (r.next_week, r.next_focus.as_deref()),
        (Some(3), Some("Gradient descent"))
    );
    let input = ReviewInput {
        statuses: &[],
        entries: &[],
        tasks: &[],
        minutes_per_day: &[],
        today: date(2026, 12, 13),
    };
    let r = review(
        &parse_str(ROADMAP, "test").unwrap(),
        &enrollment(),
        date(2026, 12, 7),
        input,
    );
    assert_eq!(r.next_focus.as_deref(), Some("Python and math"));
}

#[test]
fn the_last_week_has_no_next_week() {
    let input = ReviewInput {
        statuses: &[],
        entries: &[],
        tasks: &[],
        minutes_per_day: &[],
        today: date(2027, 1, 17),
    };
    let r = review(
        &parse_str(ROADMAP, "test").unwrap(),
        &enrollment(),
        date(2027, 1, 11),
        input,
    );
    assert_eq!((r.week, r.next_week, r.next_focus), (Some(8), None, None));
    assert_eq!(r.plan_edge, Some(PlanEdge::EndsThisWeek));
}

#[test]
fn a_week_after_the_end_or_long_before_the_start_says_which() {
    let review_of = |monday| {
        let input = ReviewInput {
            statuses: &[],
            entries: &[],
            tasks: &[],
            minutes_per_day: &[],
            today: date(2027, 1, 17),
        };
        review(&parse_str(ROADMAP, "test").unwrap(), &enrollment(), monday, input)
    };
    assert_eq!(
        review_of(date(2027, 1, 18)).plan_edge,
        Some(PlanEdge::Ended(date(2027, 1, 17)))
    );
    assert_eq!(
        review_of(date(2026, 11, 9)).plan_edge,
        Some(PlanEdge::Starts(date(2026, 11, 23)))
    );
    let just_before = review_of(date(2026, 11, 16));
    assert_eq!((just_before.next_week, just_before.plan_edge), (Some(1), None));
    assert_eq!(
        PlanEdge::Ended(date(2027, 1, 17)).sentence(),
        "The plan ended on Sun 17 Jan."
    );
}
