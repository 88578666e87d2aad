//! Roadmap weeks on the calendar: week 1 is the Mon-Sun calendar week
//! holding the start date, and a paused calendar week (its Monday is in
//! `paused_weeks`) is not a roadmap week: everything after it moves one
//! calendar week later. Pauses on or before the start week are ignored,
//! since the learner has already begun that week.

use chrono::NaiveDate;

use super::calendar::{add_days, monday_of};
use super::model::Enrollment;

/// The Monday of week 1.
pub fn first_monday(enrollment: &Enrollment) -> NaiveDate {
    monday_of(enrollment.start)
}

/// The paused Mondays that count: after the start week, sorted, each once.
/// A date that is not a Monday is read as its week's Monday.
pub fn effective_pauses(enrollment: &Enrollment) -> Vec<NaiveDate> {
    let first = first_monday(enrollment);
    let mut pauses: Vec<NaiveDate> = enrollment
        .paused_weeks
        .iter()
        .map(|d| monday_of(*d))
        .filter(|m| *m > first)
        .collect();
    pauses.sort_unstable();
    pauses.dedup();
    pauses
}

/// The calendar Monday of roadmap week `week` (1-based), paused weeks skipped.
/// Week 0 is read as week 1.
pub fn monday_of_week(enrollment: &Enrollment, week: u32) -> NaiveDate {
    past_pauses(
        enrollment,
        add_days(first_monday(enrollment), 7 * (i64::from(week.max(1)) - 1)),
    )
}

/// The Sunday of roadmap week `week`: the day its items are due.
pub fn sunday_of_week(enrollment: &Enrollment, week: u32) -> NaiveDate {
    add_days(monday_of_week(enrollment, week), 6)
}

/// Which roadmap week a calendar week is, counting from week 1 and not
/// counting pauses: `Ok(week)` for a plan week (it may be past the end, or
/// 0 and below before the start), `Err(next_week)` for a paused week, naming
/// the roadmap week that resumes after it.
pub fn week_at(enrollment: &Enrollment, date: NaiveDate) -> Result<i64, i64> {
    let first = first_monday(enrollment);
    let monday = monday_of(date);
    let calendar_weeks = (monday - first).num_days().div_euclid(7);
    let pauses = effective_pauses(enrollment);
    let paused_before = pauses.iter().filter(|p| **p < monday).count() as i64;
    let week = calendar_weeks - paused_before + 1;
    if pauses.binary_search(&monday).is_ok() {
        Err(week)
    } else {
        Ok(week)
    }
}

/// `day` moved one week later for each counted pause at or before its
/// week, the way roadmap weeks move: the rule that places calendar months
/// and relative due days of a paused plan.
pub fn past_pauses(enrollment: &Enrollment, day: NaiveDate) -> NaiveDate {
    let mut day = day;
    for pause in effective_pauses(enrollment) {
        if pause <= monday_of(day) {
            day = add_days(day, 7);
        } else {
            break;
        }
    }
    day
}
