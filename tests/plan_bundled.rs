//! The schedule engine on the bundled roadmaps: the facts a learner reads in
//! the seeds come out on the right calendar days.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use chrono::{Datelike, NaiveDate, Weekday};
use studyplan::plan::due::due_items;
use studyplan::plan::projects::project_slots;
use studyplan::plan::span::{plan_weeks, planned_finish};
use studyplan::plan::weeks::monday_of_week;
use studyplan::plan::{
    Enrollment, ItemState, ItemStatus, PaceStatus, Position, day_plan, pace, pace_label, position, week_plan,
};
use studyplan::roadmap::bundled::{BUNDLED, find};
use studyplan::roadmap::{Roadmap, parse_str};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn bundled(id: &str) -> Roadmap {
    let file = find(id).unwrap();
    parse_str(file.source, file.file_name).unwrap()
}

fn enrollment(roadmap: &Roadmap, start: NaiveDate) -> Enrollment {
    Enrollment {
        roadmap_id: roadmap.id.clone(),
        start,
        daily_minutes: 120,
        paused_weeks: vec![],
    }
}

fn ids<'a>(items: impl IntoIterator<Item = &'a String>) -> Vec<&'a str> {
    items.into_iter().map(String::as_str).collect()
}

#[test]
fn fast_track_week_6_brings_the_career_track_and_week_8_the_checkpoint() {
    let r = bundled("fast-track-6-month");
    let e = enrollment(&r, date(2026, 1, 5));
    assert!(week_plan(&r, &e, &[], monday_of_week(&e, 5)).recurring.is_empty());
    let week6 = week_plan(&r, &e, &[], monday_of_week(&e, 6));
    assert_eq!(week6.monday, date(2026, 2, 9));
    assert_eq!(
        ids(week6.recurring.iter().map(|t| &t.task_id)),
        ["update-linkedin", "post-project-update", "network", "track-jobs"]
    );
    assert!(week6.recurring.iter().all(|t| t.optional));
    let week7 = week_plan(&r, &e, &[], monday_of_week(&e, 7));
    assert_eq!(
        ids(week7.recurring.iter().map(|t| &t.task_id)),
        ["update-linkedin", "network", "track-jobs"]
    );
    let week8 = week_plan(&r, &e, &[], monday_of_week(&e, 8));
    assert_eq!(week8.checkpoint.map(|c| c.questions.len()), Some(4));
    assert!(
        week8
            .due
            .iter()
            .any(|d| d.id == "ml-foundations-project" && d.due == date(2026, 3, 1))
    );
}

#[test]
fn fast_track_tuesday_of_week_2_is_a_two_hour_implement_day_in_the_foundations_sprint() {
    let r = bundled("fast-track-6-month");
    let e = enrollment(&r, date(2026, 1, 5));
    let plan = day_plan(&r, &e, &[], date(2026, 1, 13));
    assert_eq!(plan.position, Position::InPlan { week: 2, of: 24 });
    assert_eq!(plan.phases[0].id, "sprint-1");
    assert_eq!(plan.role.role, "Implement + test");
    let blocks: Vec<_> = plan.blocks.iter().map(|b| (b.id.as_str(), b.planned_minutes)).collect();
    assert_eq!(blocks, [("learn", 30), ("build", 60), ("polish", 30)]);
    assert_eq!(ids(plan.open_deliverables.iter().map(|d| &d.id)).len(), 3);
}

#[test]
fn quarterly_2026_on_its_own_dates_runs_from_1_january_to_31_december() {
    let r = bundled("quarterly-2026");
    let e = enrollment(&r, r.suggested_start.unwrap());
    assert_eq!(plan_weeks(&r, &e), 53);
    assert_eq!(
        position(&r, &e, date(2025, 12, 31)),
        Position::BeforeStart { days_until: 1 }
    );
    assert_eq!(position(&r, &e, date(2026, 1, 1)), Position::InPlan { week: 1, of: 53 });
    assert_eq!(
        position(&r, &e, date(2026, 12, 31)),
        Position::InPlan { week: 53, of: 53 }
    );
    assert_eq!(planned_finish(&r, &e), date(2026, 12, 31));
    assert_eq!(
        position(&r, &e, date(2027, 1, 1)),
        Position::Finished {
            days_since_end: 1,
            of: 53
        }
    );
    let levels: Vec<_> = day_plan(&r, &e, &[], date(2026, 2, 10))
        .phases
        .into_iter()
        .map(|p| p.level)
        .collect();
    assert_eq!(levels.len(), 2, "a quarter and a month hold February");
}

#[test]
fn white_box_week_7_is_the_transformer_implementation() {
    let r = bundled("q1-2026-white-box");
    let e = enrollment(&r, r.suggested_start.unwrap());
    let plan = day_plan(&r, &e, &[], date(2026, 2, 17));
    assert_eq!(plan.position, Position::InPlan { week: 7, of: 12 });
    assert_eq!(plan.week_title.as_deref(), Some("The Transformer Implementation"));
}

#[test]
fn five_projects_are_laid_end_to_end_inside_the_plan() {
    let r = bundled("genai-five-projects");
    let e = enrollment(&r, date(2026, 1, 5));
    let slots = project_slots(&r, &e);
    assert_eq!(slots.len(), 5);
    assert_eq!(slots[0].start, date(2026, 1, 5));
    for pair in slots.windows(2) {
        assert_eq!(
            pair[1].start,
            pair[0].end.succ_opt().unwrap(),
            "{} follows {}",
            pair[1].id,
            pair[0].id
        );
    }
    assert!(
        slots
            .iter()
            .all(|s| s.start <= s.earliest_end && s.earliest_end <= s.end)
    );
    assert!(slots[4].end <= planned_finish(&r, &e));
}

#[test]
fn every_bundled_roadmap_dates_its_items_inside_the_plan() {
    for file in BUNDLED {
        let r = parse_str(file.source, file.file_name).unwrap();
        let e = enrollment(&r, date(2026, 3, 4));
        let finish = planned_finish(&r, &e);
        for item in due_items(&r, &e, &[]) {
            assert!(
                (1..=plan_weeks(&r, &e)).contains(&item.week),
                "{}: {} in week {}",
                r.id,
                item.id,
                item.week
            );
            // Roadmaps in weeks put items on Sundays; those in months on a month's last day.
            if r.months.is_none() {
                assert_eq!(item.due.weekday(), Weekday::Sun, "{}: {}", r.id, item.id);
            } else {
                assert_eq!(
                    item.due.succ_opt().unwrap().day(),
                    4,
                    "{}: {} on {}",
                    r.id,
                    item.id,
                    item.due
                );
            }
            assert!(
                (e.start..=finish).contains(&item.due),
                "{}: {} due outside the plan",
                r.id,
                item.id
            );
        }
    }
}

#[test]
fn a_learner_who_settles_everything_and_studies_every_day_is_never_behind() {
    for file in BUNDLED {
        let r = parse_str(file.source, file.file_name).unwrap();
        let e = enrollment(&r, date(2026, 1, 5));
        let statuses: Vec<ItemStatus> = due_items(&r, &e, &[])
            .into_iter()
            .map(|item| ItemStatus {
                item_id: item.id,
                state: ItemState::Done,
                on: date(2026, 1, 6),
            })
            .collect();
        let today = date(2026, 3, 1);
        let minutes: Vec<(NaiveDate, u32)> = e
            .start
            .iter_days()
            .take_while(|day| *day <= today)
            .map(|day| (day, e.daily_minutes))
            .collect();
        let p = pace(&r, &e, &statuses, &minutes, today);
        assert_ne!(p.status, PaceStatus::Behind, "{}: {}", r.id, pace_label(&p));
        assert!(p.projected_finish <= p.planned_finish, "{}", r.id);
    }
}
