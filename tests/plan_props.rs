//! Property tests of the schedule engine's arithmetic: weeks, ISO week
//! labels, block scaling and the position of a date with pauses.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use std::collections::HashSet;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use proptest::prelude::*;
use studyplan::plan::blocks::scale_blocks;
use studyplan::plan::span::plan_weeks;
use studyplan::plan::weeks::{monday_of_week, week_at};
use studyplan::plan::{Enrollment, IsoWeek, Position, day_plan, monday_of, position, sunday_of, week_plan};
use studyplan::roadmap::bundled::BUNDLED;
use studyplan::roadmap::{DailyBlock, DailySplit, Roadmap, parse_str};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn every_date_1970_to_2100() -> impl Iterator<Item = NaiveDate> {
    date(1970, 1, 1).iter_days().take_while(|d| *d <= date(2100, 12, 31))
}

#[test]
fn every_date_from_1970_to_2100_agrees_with_chrono_iso_weeks() {
    for day in every_date_1970_to_2100() {
        let monday = monday_of(day);
        assert_eq!(monday.weekday(), Weekday::Mon, "{day}");
        assert!(monday <= day && (day - monday).num_days() < 7, "{day}");
        assert_eq!(sunday_of(day), monday + Days::new(6), "{day}");
        let week = IsoWeek::of(day);
        let chrono_week = day.iso_week();
        assert_eq!(
            (week.year, week.week),
            (chrono_week.year(), chrono_week.week()),
            "{day}"
        );
        assert_eq!(week.monday(), monday, "{day}");
        let label = week.to_string();
        assert_eq!(label.parse::<IsoWeek>().unwrap(), week, "{label}");
    }
}

#[test]
fn next_and_previous_visit_every_week_from_1970_to_2100_once() {
    let all: HashSet<IsoWeek> = every_date_1970_to_2100().map(IsoWeek::of).collect();
    let last = IsoWeek::of(date(2100, 12, 31));
    let mut week = IsoWeek::of(date(1970, 1, 1));
    let mut seen = HashSet::new();
    loop {
        assert!(seen.insert(week), "{week} visited twice");
        if week == last {
            break;
        }
        let next = week.next();
        assert_eq!(next.monday() - week.monday(), chrono::Duration::days(7), "{week}");
        assert_eq!(next.previous(), week, "{week}");
        week = next;
    }
    assert_eq!(seen, all);
}

#[test]
fn years_with_53_weeks_are_exactly_those_chrono_knows() {
    for year in 1970..=2100 {
        let weeks = IsoWeek::weeks_in_year(year).unwrap();
        let label = format!("{year}-W53");
        assert_eq!(label.parse::<IsoWeek>().is_ok(), weeks == 53, "{label}");
    }
}

fn bundled_splits() -> Vec<(String, DailySplit)> {
    BUNDLED
        .iter()
        .map(|b| parse_str(b.source, b.file_name).unwrap())
        .map(|r: Roadmap| (r.id.clone(), r.daily_split()))
        .collect()
}

#[test]
fn every_bundled_split_sums_to_every_budget_in_5_minute_blocks() {
    let splits = bundled_splits();
    for (id, split) in &splits {
        for budget in 5..=1440 {
            let blocks = scale_blocks(split, budget);
            assert_eq!(
                blocks.iter().map(|b| b.planned_minutes).sum::<u32>(),
                budget,
                "{id} at {budget}"
            );
            let off_grid = blocks.iter().filter(|b| b.planned_minutes % 5 != 0).count();
            assert!(off_grid <= usize::from(budget % 5 != 0), "{id} at {budget}: {blocks:?}");
        }
    }
}

fn arbitrary_split() -> impl Strategy<Value = DailySplit> {
    let block = (prop::option::of(0u32..300), 0u32..100, any::<bool>()).prop_map(|(minutes, percent, use_minutes)| {
        DailyBlock {
            id: "b".into(),
            name: "B".into(),
            minutes: if use_minutes { minutes } else { None },
            percent: if use_minutes { None } else { Some(percent) },
            hint: None,
        }
    });
    (1u32..600, prop::collection::vec(block, 0..6)).prop_map(|(minutes, blocks)| DailySplit {
        minutes,
        min_minutes: None,
        blocks,
    })
}

proptest! {
    #[test]
    fn any_split_sums_to_the_budget(split in arbitrary_split(), budget in 0u32..=1440) {
        let blocks = scale_blocks(&split, budget);
        prop_assert!(!blocks.is_empty());
        prop_assert_eq!(blocks.iter().map(|b| b.planned_minutes).sum::<u32>(), budget);
    }

    #[test]
    fn position_of_a_weeks_monday_round_trips_with_pauses(
        start_offset in 0u64..40_000,
        pause_weeks in prop::collection::vec(0u64..80, 0..10),
        weeks in 1u32..60,
    ) {
        let start = date(1970, 1, 1) + Days::new(start_offset);
        let first = monday_of(start);
        let paused_weeks = pause_weeks.iter().map(|w| first + Days::new(7 * w)).collect();
        let enrollment = Enrollment { roadmap_id: "r".into(), start, daily_minutes: 60, paused_weeks };
        let roadmap = parse_str(&format!("id = \"r\"\ntitle = \"R\"\nsummary = \"s\"\nweeks = {weeks}\n"), "prop").unwrap();
        prop_assert_eq!(plan_weeks(&roadmap, &enrollment), weeks);
        let mut previous = None;
        for week in 1..=weeks {
            let monday = monday_of_week(&enrollment, week);
            prop_assert_eq!(monday.weekday(), Weekday::Mon);
            if let Some(previous) = previous {
                prop_assert!(monday > previous, "week {} does not come after week {}", week, week - 1);
            }
            previous = Some(monday);
            prop_assert!(!enrollment.paused_weeks.contains(&monday) || monday == first);
            prop_assert_eq!(week_at(&enrollment, monday), Ok(i64::from(week)));
            // The start day of week 1 may fall mid-week: ask about its Sunday.
            let sunday = monday + Days::new(6);
            prop_assert_eq!(position(&roadmap, &enrollment, sunday), Position::InPlan { week, of: weeks });
        }
    }

    #[test]
    fn a_date_in_the_plan_lies_in_its_weeks_calendar_week(
        start_offset in 0u64..40_000,
        pause_weeks in prop::collection::vec(1u64..40, 0..6),
        day in 0u64..400,
    ) {
        let start = date(1970, 1, 1) + Days::new(start_offset);
        let first = monday_of(start);
        let paused_weeks: Vec<NaiveDate> = pause_weeks.iter().map(|w| first + Days::new(7 * w)).collect();
        let enrollment = Enrollment { roadmap_id: "r".into(), start, daily_minutes: 60, paused_weeks: paused_weeks.clone() };
        let roadmap = parse_str("id = \"r\"\ntitle = \"R\"\nsummary = \"s\"\nweeks = 40\n", "prop").unwrap();
        let when = start + Days::new(day);
        match position(&roadmap, &enrollment, when) {
            Position::InPlan { week, .. } => prop_assert_eq!(monday_of_week(&enrollment, week), monday_of(when)),
            Position::Paused { next_week, .. } => {
                prop_assert!(paused_weeks.contains(&monday_of(when)));
                prop_assert!(monday_of_week(&enrollment, next_week) > when);
            }
            Position::Finished { .. } => prop_assert!(when > monday_of_week(&enrollment, 40)),
            Position::BeforeStart { .. } => prop_assert!(false, "{} is after the start {}", when, start),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn day_and_week_plans_of_bundled_roadmaps_never_fail(
        which in 0usize..BUNDLED.len(),
        start_offset in 0u64..47_000,
        day_offset in -400i64..2000,
        budget in 0u32..=1440,
        pause_weeks in prop::collection::vec(1u64..60, 0..4),
    ) {
        let bundled = &BUNDLED[which];
        let roadmap = parse_str(bundled.source, bundled.file_name).unwrap();
        let start = date(1970, 1, 1) + Days::new(start_offset);
        let paused_weeks = pause_weeks.iter().map(|w| monday_of(start) + Days::new(7 * w)).collect();
        let enrollment = Enrollment { roadmap_id: roadmap.id.clone(), start, daily_minutes: budget, paused_weeks };
        let when = studyplan::plan::calendar::add_days(start, day_offset);
        let plan = day_plan(&roadmap, &enrollment, &[], when);
        let planned: u32 = plan.blocks.iter().map(|b| b.planned_minutes).sum();
        let in_plan = matches!(plan.position, Position::InPlan { .. });
        prop_assert_eq!(planned, if in_plan && plan.role.study { budget } else { 0 });
        let week = week_plan(&roadmap, &enrollment, &[], when);
        prop_assert_eq!(week.days.len(), 7);
        prop_assert!(week.days.iter().any(|d| d.date == when));
    }
}
