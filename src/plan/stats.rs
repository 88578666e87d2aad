//! Numbers for the Stats screen: a heatmap of minutes per day, a weekly
//! minutes trend against plan, and a burn-up of items done against plan.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::calendar::{IsoWeek, add_days, monday_of};
use super::due::{due_items, is_settled, latest_statuses};
use super::model::{Enrollment, ItemStatus};
use super::span::plan_weeks;
use super::study_days::StudyDays;
use super::weeks::{monday_of_week, sunday_of_week};
use crate::roadmap::Roadmap;

/// One day of the heatmap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct HeatDay {
    /// The day.
    pub date: NaiveDate,
    /// Minutes logged.
    pub minutes: u32,
    /// Shade 0-4 against the daily budget: 0 none, 1 under half, 2 under the
    /// budget, 3 the budget, 4 one and a half times it or more.
    pub level: u8,
}

/// Every day from `from` to `to` (inclusive, at most about 10 years) with its
/// minutes; days missing from `minutes_per_day` count 0.
pub fn heatmap(
    minutes_per_day: &[(NaiveDate, u32)],
    daily_minutes: u32,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<HeatDay> {
    let minutes = totals(minutes_per_day);
    from.iter_days()
        .take_while(|day| *day <= to)
        .take(3700)
        .map(|date| {
            let minutes = minutes.get(&date).copied().unwrap_or(0);
            HeatDay {
                date,
                minutes,
                level: level(minutes, daily_minutes),
            }
        })
        .collect()
}

/// The heatmap of the year of 53 weeks ending with the week holding `today`,
/// starting on a Monday so it lays out in week columns.
pub fn heatmap_year(minutes_per_day: &[(NaiveDate, u32)], daily_minutes: u32, today: NaiveDate) -> Vec<HeatDay> {
    let last_sunday = add_days(monday_of(today), 6);
    heatmap(
        minutes_per_day,
        daily_minutes,
        add_days(last_sunday, -(53 * 7 - 1)),
        last_sunday,
    )
}

fn level(minutes: u32, budget: u32) -> u8 {
    let budget = u64::from(budget.max(1));
    let minutes = u64::from(minutes);
    match minutes {
        0 => 0,
        m if 2 * m < budget => 1,
        m if m < budget => 2,
        m if 2 * m < 3 * budget => 3,
        _ => 4,
    }
}

fn totals(minutes_per_day: &[(NaiveDate, u32)]) -> HashMap<NaiveDate, u32> {
    let mut totals = HashMap::new();
    for (day, minutes) in minutes_per_day {
        let total: &mut u32 = totals.entry(*day).or_default();
        *total = total.saturating_add(*minutes);
    }
    totals
}

/// Minutes logged in one calendar week, against plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct WeekMinutes {
    /// The Monday.
    pub monday: NaiveDate,
    /// Its ISO week (`2026-W48`).
    pub iso_week: IsoWeek,
    /// Minutes logged.
    pub minutes: u32,
    /// Minutes planned (the budget on each study day inside the plan).
    pub planned: u32,
}

/// The `weeks` calendar weeks ending with the week holding `today`, oldest first.
pub fn weekly_trend(
    roadmap: &Roadmap,
    enrollment: &Enrollment,
    minutes_per_day: &[(NaiveDate, u32)],
    today: NaiveDate,
    weeks: u32,
) -> Vec<WeekMinutes> {
    let minutes = totals(minutes_per_day);
    let study_days = StudyDays::new(roadmap, enrollment);
    let this_monday = monday_of(today);
    (0..i64::from(weeks.min(520)))
        .rev()
        .map(|back| {
            let monday = add_days(this_monday, -7 * back);
            let days = (0..7).map(|i| add_days(monday, i));
            WeekMinutes {
                monday,
                iso_week: IsoWeek::of(monday),
                minutes: days
                    .clone()
                    .map(|d| minutes.get(&d).copied().unwrap_or(0))
                    .fold(0, u32::saturating_add),
                planned: days.map(|d| study_days.planned_minutes(d)).fold(0, u32::saturating_add),
            }
        })
        .collect()
}

/// One roadmap week of the burn-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct BurnUpPoint {
    /// Roadmap week.
    pub week: u32,
    /// Its Sunday (pauses counted).
    pub sunday: NaiveDate,
    /// Items due by the end of this week.
    pub planned: u32,
    /// Items settled (done or skipped, as pace counts them) by the end of
    /// this week; `None` for weeks that have not started by `today`.
    pub done: Option<u32>,
}

/// Planned against settled items, cumulative, for every roadmap week.
pub fn burn_up(
    roadmap: &Roadmap,
    enrollment: &Enrollment,
    statuses: &[ItemStatus],
    today: NaiveDate,
) -> Vec<BurnUpPoint> {
    let items = due_items(roadmap, enrollment, statuses);
    let latest = latest_statuses(statuses);
    let settled_on: Vec<NaiveDate> = items
        .iter()
        .filter_map(|item| latest.get(item.id.as_str()))
        .filter(|status| is_settled(Some(status.state)))
        .map(|status| status.on)
        .collect();
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    (1..=plan_weeks(roadmap, enrollment))
        .map(|week| {
            let sunday = sunday_of_week(enrollment, week);
            let started = monday_of_week(enrollment, week) <= today;
            BurnUpPoint {
                week,
                sunday,
                planned: count(items.iter().filter(|item| item.week <= week).count()),
                done: started.then(|| count(settled_on.iter().filter(|on| **on <= sunday).count())),
            }
        })
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;
    use crate::plan::model::ItemState;
    use crate::roadmap::parse_str;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    const ROADMAP: &str = r#"
id = "r"
title = "R"
summary = "s"
weeks = 3
[[phases]]
id = "p"
title = "P"
weeks = [1, 3]
deliverables = [{ id = "a", title = "A", week = 1 }, { id = "b", title = "B", week = 2 }, { id = "c", title = "C" }]
"#;

    fn roadmap() -> Roadmap {
        parse_str(ROADMAP, "test").unwrap()
    }

    fn enrollment() -> Enrollment {
        Enrollment {
            roadmap_id: "r".into(),
            start: date(2026, 11, 23),
            daily_minutes: 60,
            paused_weeks: vec![],
        }
    }

    #[test]
    fn heatmap_fills_missing_days_and_shades_against_the_budget() {
        let minutes = [
            (date(2026, 11, 24), 20),
            (date(2026, 11, 24), 20),
            (date(2026, 11, 25), 60),
            (date(2026, 11, 26), 95),
        ];
        let days = heatmap(&minutes, 60, date(2026, 11, 23), date(2026, 11, 26));
        let got: Vec<_> = days.iter().map(|d| (d.minutes, d.level)).collect();
        assert_eq!(got, [(0, 0), (40, 2), (60, 3), (95, 4)]);
    }

    #[test]
    fn a_year_heatmap_is_53_whole_weeks_ending_this_sunday() {
        let days = heatmap_year(&[], 60, date(2026, 11, 25));
        assert_eq!(days.len(), 371);
        assert_eq!(days.last().unwrap().date, date(2026, 11, 29));
        assert_eq!(days[0].date, monday_of(days[0].date));
    }

    #[test]
    fn weekly_trend_sums_minutes_and_plans_six_study_days() {
        let minutes = [
            (date(2026, 11, 16), 15),
            (date(2026, 11, 24), 30),
            (date(2026, 11, 29), 10),
        ];
        let trend = weekly_trend(&roadmap(), &enrollment(), &minutes, date(2026, 11, 25), 2);
        let got: Vec<_> = trend
            .iter()
            .map(|w| (w.iso_week.to_string(), w.minutes, w.planned))
            .collect();
        assert_eq!(got, [("2026-W47".to_owned(), 15, 0), ("2026-W48".to_owned(), 40, 360)]);
    }

    #[test]
    fn burn_up_counts_planned_and_settled_items_by_week() {
        let statuses = [
            ItemStatus {
                item_id: "a".into(),
                state: ItemState::Done,
                on: date(2026, 11, 27),
            },
            ItemStatus {
                item_id: "b".into(),
                state: ItemState::Skipped,
                on: date(2026, 12, 7),
            },
            ItemStatus {
                item_id: "c".into(),
                state: ItemState::InProgress,
                on: date(2026, 12, 7),
            },
        ];
        let points = burn_up(&roadmap(), &enrollment(), &statuses, date(2026, 12, 8));
        let got: Vec<_> = points.iter().map(|p| (p.week, p.planned, p.done)).collect();
        assert_eq!(got, [(1, 1, Some(1)), (2, 2, Some(1)), (3, 3, Some(2))]);
        let early = burn_up(&roadmap(), &enrollment(), &statuses, date(2026, 11, 24));
        assert_eq!(early.iter().map(|p| p.done).collect::<Vec<_>>(), [Some(1), None, None]);
    }
}
