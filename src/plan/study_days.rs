//! Study days: the days the plan asks the learner to study, and the counts
//! made of them. A planned study day is a day inside the plan (not before
//! the start, not in a paused week, not after the end) whose weekday studies
//! (`study = true` in the weekly structure). The streak counts study days:
//! a day off (a rest day, a paused week, before the start, after the end)
//! neither breaks nor counts, unless time was logged on it (then it counts);
//! a planned study day without time breaks it.

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate};

use super::blocks::day_budget;
use super::calendar::add_days;
use super::model::Enrollment;
use super::position::{plan_week, position};
use super::structure::day_role;
use crate::roadmap::Roadmap;

/// Which days of an enrollment are planned study days; built once to ask
/// about many days.
#[derive(Debug, Clone)]
pub struct StudyDays<'a> {
    roadmap: &'a Roadmap,
    enrollment: &'a Enrollment,
    /// Whether each weekday studies, Monday first.
    weekdays: [bool; 7],
    /// The minutes each weekday plans on a study day, Monday first.
    budgets: [u32; 7],
}

impl<'a> StudyDays<'a> {
    /// The study days of `enrollment` in `roadmap`.
    pub fn new(roadmap: &'a Roadmap, enrollment: &'a Enrollment) -> StudyDays<'a> {
        use chrono::Weekday::{Fri, Mon, Sat, Sun, Thu, Tue, Wed};
        let roles = [Mon, Tue, Wed, Thu, Fri, Sat, Sun].map(|weekday| day_role(roadmap, weekday));
        let weekdays = roles.clone().map(|role| role.study);
        let split = roadmap.daily_split();
        let budgets = roles.map(|role| day_budget(&split, &role, enrollment.daily_minutes));
        StudyDays {
            roadmap,
            enrollment,
            weekdays,
            budgets,
        }
    }

    /// Whether `date` is a planned study day.
    pub fn is_study_day(&self, date: NaiveDate) -> bool {
        let weekday = usize::try_from(date.weekday().num_days_from_monday()).unwrap_or(0);
        self.weekdays[weekday] && plan_week(&position(self.roadmap, self.enrollment, date)).is_some()
    }

    /// Minutes planned on `date`: the day's budget on a study day (the
    /// learner's, or its weekday's own), else 0.
    pub fn planned_minutes(&self, date: NaiveDate) -> u32 {
        if self.is_study_day(date) {
            let weekday = usize::try_from(date.weekday().num_days_from_monday()).unwrap_or(0);
            self.budgets[weekday]
        } else {
            0
        }
    }

    /// Study days from `from` to `to`, both included.
    pub fn count(&self, from: NaiveDate, to: NaiveDate) -> u32 {
        u32::try_from(days(from, to).filter(|d| self.is_study_day(*d)).count()).unwrap_or(u32::MAX)
    }

    /// Minutes planned from `from` to `to`, both included.
    pub fn planned_between(&self, from: NaiveDate, to: NaiveDate) -> u64 {
        days(from, to).map(|d| u64::from(self.planned_minutes(d))).sum()
    }
}

/// The days from `from` to `to`, both included (none when `to` is earlier).
fn days(from: NaiveDate, to: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    from.iter_days().take_while(move |d| *d <= to)
}

/// The streak on the earlier of `end` and `today`: consecutive days studied
/// back from it, days off skipped (see the module doc). Today without time
/// yet does not break it (the day is not over). `minutes_per_day` is the
/// history read; the streak reaches no further back than its first day.
pub fn current_streak(
    roadmap: &Roadmap,
    enrollment: &Enrollment,
    minutes_per_day: &[(NaiveDate, u32)],
    end: NaiveDate,
    today: NaiveDate,
) -> u32 {
    let studied: HashSet<NaiveDate> = minutes_per_day
        .iter()
        .filter(|(_, m)| *m > 0)
        .map(|(d, _)| *d)
        .collect();
    let Some(first) = studied.iter().min().copied() else {
        return 0;
    };
    let study_days = StudyDays::new(roadmap, enrollment);
    let mut day = end.min(today);
    if day == today && !studied.contains(&day) {
        day = add_days(day, -1);
    }
    let mut streak = 0;
    while day >= first {
        if studied.contains(&day) {
            streak += 1;
        } else if study_days.is_study_day(day) {
            break;
        }
        day = add_days(day, -1);
    }
    streak
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;
    use crate::roadmap::parse_str;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// Eight weeks with the default weekly structure: Sunday is a rest day.
    fn roadmap() -> Roadmap {
        parse_str("id = \"r\"\ntitle = \"R\"\nsummary = \"s\"\nweeks = 8\n", "test").unwrap()
    }

    /// Started on Monday 30 November 2026, two hours a day.
    fn enrollment(paused: &[NaiveDate]) -> Enrollment {
        Enrollment {
            roadmap_id: "r".into(),
            start: date(2026, 11, 30),
            daily_minutes: 120,
            paused_weeks: paused.to_vec(),
        }
    }

    /// An hour on each day from the start to `last` that `studied` accepts.
    fn history(last: NaiveDate, studied: impl Fn(NaiveDate) -> bool) -> Vec<(NaiveDate, u32)> {
        days(date(2026, 11, 30), last)
            .filter(|d| studied(*d))
            .map(|d| (d, 60))
            .collect()
    }

    fn weekday(day: NaiveDate) -> bool {
        day.weekday() != chrono::Weekday::Sun
    }

    #[test]
    fn thirty_days_followed_with_rest_sundays_are_26_study_days() {
        let last = date(2026, 12, 29);
        let (r, e) = (roadmap(), enrollment(&[]));
        let minutes = history(last, weekday);
        assert_eq!(current_streak(&r, &e, &minutes, last, last), 26);
        // Sunday 27 December, nothing logged yet: the streak of Saturday holds.
        assert_eq!(
            current_streak(&r, &e, &minutes, date(2026, 12, 27), date(2026, 12, 27)),
            24
        );
    }

    #[test]
    fn a_paused_week_is_skipped_not_a_break() {
        let last = date(2026, 12, 29);
        let pause = date(2026, 12, 7);
        let holiday = pause..=date(2026, 12, 13);
        let (r, e) = (roadmap(), enrollment(&[pause]));
        let minutes = history(last, |d| weekday(d) && !holiday.contains(&d));
        assert_eq!(current_streak(&r, &e, &minutes, last, last), 20);
        let without_pause = enrollment(&[]);
        assert_eq!(
            current_streak(&r, &without_pause, &minutes, last, last),
            14,
            "the same days without the pause: its Monday breaks the streak"
        );
    }

    #[test]
    fn a_missed_wednesday_breaks_the_streak_and_a_rest_day_studied_counts() {
        let last = date(2026, 12, 29);
        let (r, e) = (roadmap(), enrollment(&[]));
        let missed = history(last, |d| weekday(d) && d != date(2026, 12, 16));
        assert_eq!(current_streak(&r, &e, &missed, last, last), 11);
        let every_day = history(last, |_| true);
        assert_eq!(current_streak(&r, &e, &every_day, last, last), 30);
    }

    #[test]
    fn days_before_the_start_are_skipped_unless_studied() {
        let (r, e) = (roadmap(), enrollment(&[]));
        let mut minutes = history(date(2026, 12, 2), |_| true);
        assert_eq!(
            current_streak(&r, &e, &minutes, date(2026, 12, 2), date(2026, 12, 2)),
            3
        );
        minutes.push((date(2026, 11, 27), 30));
        minutes.push((date(2026, 11, 29), 30));
        assert_eq!(
            current_streak(&r, &e, &minutes, date(2026, 12, 2), date(2026, 12, 2)),
            5,
            "Friday and Sunday before the start count; the Saturday between breaks nothing"
        );
    }

    #[test]
    fn the_streak_ends_on_the_week_end_or_today_and_nothing_logged_is_none() {
        let (r, e) = (roadmap(), enrollment(&[]));
        let minutes = history(date(2026, 12, 5), weekday);
        assert_eq!(
            current_streak(&r, &e, &minutes, date(2026, 12, 6), date(2026, 12, 20)),
            6
        );
        assert_eq!(
            current_streak(&r, &e, &minutes, date(2026, 12, 3), date(2026, 12, 20)),
            4
        );
        assert_eq!(
            current_streak(&r, &e, &minutes, date(2026, 12, 20), date(2026, 12, 20)),
            0,
            "nothing was logged after Saturday 5 December"
        );
        assert_eq!(current_streak(&r, &e, &[], date(2026, 12, 6), date(2026, 12, 6)), 0);
    }

    #[test]
    fn study_days_count_the_plan_weeks_days_that_study() {
        let pause = date(2026, 12, 7);
        let (r, e) = (roadmap(), enrollment(&[pause]));
        let days = StudyDays::new(&r, &e);
        assert_eq!(days.count(date(2026, 11, 30), date(2026, 12, 6)), 6);
        assert_eq!(days.count(pause, date(2026, 12, 13)), 0, "a paused week");
        assert_eq!(
            days.count(date(2026, 11, 23), date(2026, 11, 29)),
            0,
            "before the start"
        );
        assert_eq!(days.planned_between(date(2026, 11, 30), date(2026, 12, 13)), 6 * 120);
        assert!(!days.is_study_day(date(2026, 12, 6)), "a rest Sunday");
    }
}
