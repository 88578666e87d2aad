//! Time as roadmaps mean it: calendar months and quarters that fall on
//! their real dates, items due on a given day, a fixed exam day that stays
//! put, and plans that end on any day. Checked in the engine, through the
//! command line (text, JSON, Markdown, iCalendar) and against property
//! tests over generated roadmaps.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

#[path = "support/cli.rs"]
mod support;

use chrono::{Datelike, Days, Months, NaiveDate};
use proptest::prelude::*;
use studyplan::plan::due::due_items;
use studyplan::plan::span::{phase_days, planned_finish};
use studyplan::plan::{Enrollment, Position, day_plan, position};
use studyplan::roadmap::bundled::find;
use studyplan::roadmap::{Roadmap, parse_str};
use support::Learner;

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

fn last_day_of_month(day: NaiveDate) -> NaiveDate {
    let first = day.with_day(1).unwrap();
    first.checked_add_months(Months::new(1)).unwrap().pred_opt().unwrap()
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

#[test]
fn quarterly_2026_gives_every_day_of_2026_its_own_month_and_quarter() {
    let r = bundled("quarterly-2026");
    let e = enrollment(&r, r.suggested_start.unwrap());
    let mut day = date(2026, 1, 1);
    while day.year() == 2026 {
        let plan = day_plan(&r, &e, &[], day);
        assert!(
            matches!(plan.position, Position::InPlan { .. }),
            "{day}: {:?}",
            plan.position
        );
        let of_level = |level: &str| -> Vec<String> {
            plan.phases
                .iter()
                .filter(|p| p.level == level)
                .map(|p| p.id.clone())
                .collect()
        };
        let month = MONTHS[day.month0() as usize];
        assert_eq!(of_level("month"), [month], "{day}");
        let quarter = format!("q{}", day.month0() / 3 + 1);
        assert_eq!(of_level("quarter"), [quarter], "{day}");
        day = day.succ_opt().unwrap();
    }
    let q1 = r.phases.iter().find(|p| p.id == "q1").unwrap();
    assert_eq!(phase_days(&r, &e, q1), Some((date(2026, 1, 1), date(2026, 3, 31))));
    assert_eq!(planned_finish(&r, &e), date(2026, 12, 31));
    assert!(matches!(position(&r, &e, date(2027, 1, 1)), Position::Finished { .. }));
}

#[test]
fn quarterly_2026_monthly_milestones_fall_due_on_the_last_day_of_their_month() {
    let r = bundled("quarterly-2026");
    let e = enrollment(&r, r.suggested_start.unwrap());
    let items = due_items(&r, &e, &[]);
    for (index, month) in MONTHS.iter().enumerate() {
        let id = format!("milestone-{month}");
        let item = items.iter().find(|i| i.id == id).unwrap();
        let month_number = u32::try_from(index).unwrap() + 1;
        assert_eq!(item.due, last_day_of_month(date(2026, month_number, 1)), "{id}");
    }
}

#[test]
fn ai_engineer_runs_from_sunday_1_february_to_monday_31_august() {
    let r = bundled("ai-engineer-feb-aug-2026");
    let e = enrollment(&r, r.suggested_start.unwrap());
    assert_eq!(e.start, date(2026, 2, 1));
    for inside in [date(2026, 2, 1), date(2026, 8, 31)] {
        assert!(
            matches!(position(&r, &e, inside), Position::InPlan { .. }),
            "{inside}: {:?}",
            position(&r, &e, inside)
        );
    }
    assert!(matches!(position(&r, &e, date(2026, 9, 1)), Position::Finished { .. }));
    let items = due_items(&r, &e, &[]);
    for (offset, month) in MONTHS[1..8].iter().enumerate() {
        let id = format!("{month}-project");
        let item = items.iter().find(|i| i.id == id).unwrap();
        let month_number = u32::try_from(offset).unwrap() + 2;
        assert_eq!(item.due, last_day_of_month(date(2026, month_number, 1)), "{id}");
    }
    let april = day_plan(&r, &e, &[], date(2026, 3, 30));
    assert_eq!(april.phases[0].id, "march", "Mon 30 Mar is still March");
}

#[test]
fn a_calendar_roadmap_started_mid_month_keeps_months_from_its_start() {
    let r = bundled("ai-engineer-feb-aug-2026");
    let e = enrollment(&r, date(2026, 3, 15));
    let first = r.phases.iter().find(|p| p.id == "february").unwrap();
    assert_eq!(phase_days(&r, &e, first), Some((date(2026, 3, 15), date(2026, 4, 14))));
    assert_eq!(planned_finish(&r, &e), date(2026, 10, 14));
    let plan = day_plan(&r, &e, &[], date(2026, 3, 20));
    assert_eq!(
        plan.phases[0].title, "Month 1 of 7",
        "a month started off its date is named by its place"
    );
}

const EXAM: &str = include_str!("fixtures/roadmaps/exam-friday.toml");

/// A learner following the exam fixture, started on `start`.
fn exam_learner(start: &str) -> Learner {
    let learner = Learner::new();
    let file = learner.path("exam-friday.toml");
    std::fs::write(&file, EXAM).unwrap();
    learner.ok(start, &["roadmap", "import", file.to_str().unwrap()]);
    learner.ok(start, &["start", "exam-friday", "--on", start]);
    learner
}

#[test]
fn the_exam_is_due_on_its_friday_everywhere_and_nothing_is_planned_after_it() {
    for start in ["2027-03-29", "2027-03-31"] {
        let learner = exam_learner(start);
        let exam_day = "2027-06-18";
        let today = learner.ok(exam_day, &["today"]);
        assert!(
            today.contains("Due today: Exam passed (milestone)"),
            "{start}:\n{today}"
        );
        let json = learner.json(exam_day, &["today", "--json"]);
        assert_eq!(json["due_today"], serde_json::json!(["exam-passed"]), "{start}");
        let exam = json["due"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["id"] == "exam-passed")
            .unwrap();
        assert_eq!(exam["due"], "2027-06-18", "{start}");
        let week = learner.json(exam_day, &["week", "--json"]);
        assert!(week.to_string().contains("\"due\":\"2027-06-18\""), "{start}: {week}");
        let review = learner.ok(exam_day, &["review", "--markdown"]);
        assert!(review.contains("Exam passed"), "{start}:\n{review}");
        let review = learner.json(exam_day, &["review", "--json"]).to_string();
        assert!(review.contains("\"id\":\"exam-passed\""), "{start}: {review}");
        assert!(review.contains("\"due\":\"2027-06-18\""), "{start}: {review}");
        let ics = learner.ok(start, &["export", "ics", "--weeks", "14"]);
        assert!(
            ics.contains("DTSTART;VALUE=DATE:20270618"),
            "{start}: the exam in the calendar"
        );
        assert!(!ics.contains("20270619T"), "{start}: a study block after the exam");
        // The Saturday after: the plan is over, not a mock exam day.
        let after = learner.json("2027-06-19", &["today", "--json"]);
        assert_eq!(after["week"]["status"], "finished", "{start}: {after}");
        assert!(
            after["blocks"]
                .as_array()
                .unwrap()
                .iter()
                .all(|b| b["planned_minutes"] == 0)
        );
    }
}

#[test]
fn a_weekday_deadline_inside_a_week_is_kept() {
    let learner = exam_learner("2027-03-29");
    let json = learner.json("2027-06-07", &["week", "--json"]);
    let mock = json.to_string();
    assert!(mock.contains("\"id\":\"mock-80\""), "{mock}");
    assert!(
        mock.contains("\"due\":\"2027-06-12\""),
        "mock-80 on the Saturday of week 11: {mock}"
    );
}

#[test]
fn the_saturday_mock_exam_is_an_item_of_each_week_ticked_on_its_own_and_counted_in_pace() {
    let learner = exam_learner("2027-03-29");
    let saturday = "2027-04-03";
    // Saturday has its own budget and block: 120 minutes of practice questions.
    let blocks = learner.json(saturday, &["today", "--json"])["blocks"].clone();
    let planned: Vec<(String, u64)> = blocks
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            (
                b["id"].as_str().unwrap().to_owned(),
                b["planned_minutes"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(planned, [("learn".to_owned(), 0), ("practice".to_owned(), 120)]);
    let friday = learner.json("2027-04-02", &["today", "--json"]);
    assert_eq!(friday["day_role"], "Review mistakes");
    let monday = learner.json("2027-03-29", &["today", "--json"]);
    assert_eq!(
        monday["day_role"], "Plan",
        "a day the file leaves out keeps the default"
    );
    let week = learner.ok(saturday, &["week"]);
    assert!(week.contains("Mock exam"), "{week}");
    let today = learner.ok(saturday, &["today"]);
    assert!(
        today.contains("Due today: Timed mock exam, 90 minutes (recurring)"),
        "{today}"
    );
    let done = learner.ok(saturday, &["done", "mock-exam"]);
    assert!(done.contains("(mock-exam@w1)"), "{done}");
    let json = learner.json(saturday, &["today", "--json"]);
    let mock = json["due"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "mock-exam@w1")
        .unwrap();
    assert_eq!(
        (mock["state"].as_str(), mock["due"].as_str()),
        (Some("done"), Some("2027-04-03"))
    );
    // Eleven Saturdays inside the plan (the one after the exam is not planned) and three items.
    assert_eq!(json["pace"]["total"], 14, "{}", json["pace"]);
    let last_week = learner.json("2027-06-14", &["week", "--json"]).to_string();
    assert!(
        !last_week.contains("mock-exam@w12"),
        "a mock exam the day after the exam: {last_week}"
    );
    let refused = learner.refused("2027-06-16", &["done", "mock-exam"]);
    assert!(refused.contains("not planned in week 12"), "{refused}");
    // A missed Saturday is not "late" on the next Monday: it was missed, and pace knows it.
    let monday = learner.ok("2027-04-12", &["today"]);
    assert!(!monday.contains("mock-exam@w2"), "{monday}");
    let pace = learner.json("2027-04-12", &["today", "--json"]);
    assert_eq!(
        (pace["pace"]["settled"].as_u64(), pace["pace"]["expected"].as_u64()),
        (Some(1), Some(2))
    );
}

#[test]
fn an_optional_habit_is_not_an_item_to_tick() {
    let learner = Learner::new();
    learner.ok("2026-02-09", &["start", "fast-track-6-month", "--on", "2026-01-05"]);
    let refused = learner.refused("2026-02-09", &["done", "update-linkedin"]);
    assert!(refused.contains("optional track"), "{refused}");
}

/// A roadmap of `length` weeks or months tiled by phases at two levels.
fn tiled_roadmap(by_months: bool, length: u32, outer: &[u32], inner: &[u32], milestones: &[u32]) -> String {
    let unit = if by_months { "months" } else { "weeks" };
    let mut text = format!("id = \"gen\"\ntitle = \"G\"\nsummary = \"s\"\n{unit} = {length}\n");
    for (level, cuts) in [("outer", outer), ("inner", inner)] {
        let mut first = 1;
        let mut bounds: Vec<u32> = cuts.iter().copied().filter(|c| *c < length).collect();
        bounds.sort_unstable();
        bounds.dedup();
        bounds.push(length);
        for (i, last) in bounds.into_iter().enumerate() {
            if last < first {
                continue;
            }
            text.push_str(&format!(
                "[[phases]]\nid = \"{level}-{i}\"\nlevel = \"{level}\"\ntitle = \"{level} {i}\"\n{unit} = [{first}, {last}]\n"
            ));
            text.push_str(&format!(
                "[[phases.deliverables]]\nid = \"{level}-{i}-d\"\ntitle = \"D\"\n"
            ));
            first = last + 1;
        }
    }
    for (i, at) in milestones.iter().enumerate() {
        let key = if by_months { "month" } else { "week" };
        text.push_str(&format!(
            "[[milestones]]\nid = \"m{i}\"\ntitle = \"M\"\n{key} = {}\n",
            at % length + 1
        ));
    }
    text
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn every_item_is_due_inside_the_plan_and_every_plan_day_has_one_phase_per_level(
        by_months in any::<bool>(),
        length in 1u32..30,
        outer in prop::collection::vec(1u32..30, 0..4),
        inner in prop::collection::vec(1u32..30, 0..8),
        milestones in prop::collection::vec(0u32..60, 0..4),
        start_offset in 0u64..20_000,
        pauses in prop::collection::vec(1u64..60, 0..3),
    ) {
        let text = tiled_roadmap(by_months, length, &outer, &inner, &milestones);
        let roadmap = parse_str(&text, "generated").unwrap();
        let start = date(2000, 1, 1) + Days::new(start_offset);
        let monday = studyplan::plan::monday_of(start);
        let paused_weeks = pauses.iter().map(|w| monday + Days::new(7 * w)).collect();
        let e = Enrollment { roadmap_id: "gen".into(), start, daily_minutes: 60, paused_weeks };
        let finish = planned_finish(&roadmap, &e);
        for item in due_items(&roadmap, &e, &[]) {
            prop_assert!((start..=finish).contains(&item.due), "{} due {} outside {}..{}", item.id, item.due, start, finish);
        }
        let mut day = start;
        while day <= finish {
            // A paused week is a holiday from the plan: it may fall between two phases.
            if matches!(position(&roadmap, &e, day), Position::Paused { .. }) {
                day = day + Days::new(1);
                continue;
            }
            let holding = |level: &str| roadmap
                .phases
                .iter()
                .filter(|p| p.level == level)
                .filter(|p| phase_days(&roadmap, &e, p).is_some_and(|(a, b)| (a..=b).contains(&day)))
                .count();
            prop_assert_eq!(holding("outer"), 1, "{} in {}", day, text);
            prop_assert_eq!(holding("inner"), 1, "{} in {}", day, text);
            day = day + Days::new(1);
        }
    }
}
