//! The learner's plan on the calendar, to the day: where it ends, the days
//! a phase covers, and the day each item falls due.
//!
//! A roadmap measures its time in weeks (week 1 holds the start date), in
//! calendar months counted from the start date (month 1 of a plan started
//! on 1 January is January; started on 15 March, it runs 15 March to 14
//! April), or up to a fixed last day (`ends`, an exam). Pauses move weeks
//! and months one calendar week later; fixed dates never move. Every due
//! day falls inside the plan: from the start to the last day.

use chrono::{Months, NaiveDate};

use super::calendar::add_days;
use super::model::Enrollment;
use super::weeks::{monday_of_week, past_pauses, sunday_of_week, week_at};
use crate::roadmap::{Deliverable, DueDay, Milestone, Phase, Roadmap};

/// The first and last day of month `month` (1-based) of the plan, pauses counted.
pub fn plan_month(enrollment: &Enrollment, month: u32) -> (NaiveDate, NaiveDate) {
    let month = month.max(1);
    let nth = |k: u32| {
        enrollment
            .start
            .checked_add_months(Months::new(k))
            .unwrap_or(NaiveDate::MAX)
    };
    let first = past_pauses(enrollment, nth(month - 1));
    let next = past_pauses(enrollment, nth(month));
    (first, add_days(next, -1).max(first))
}

/// The last day of the plan: the fixed `ends`, else the last day of its
/// last month, else the Sunday of its last week. Never before the start.
pub fn planned_finish(roadmap: &Roadmap, enrollment: &Enrollment) -> NaiveDate {
    let finish = match (roadmap.ends, roadmap.months) {
        (Some(ends), _) => ends,
        (None, Some(months)) => plan_month(enrollment, months).1,
        (None, None) => sunday_of_week(enrollment, roadmap.length_weeks().max(1)),
    };
    finish.max(enrollment.start)
}

/// Length of the learner's plan in roadmap weeks: the week holding its last
/// day (at least 1, so an empty roadmap still has a week).
pub fn plan_weeks(roadmap: &Roadmap, enrollment: &Enrollment) -> u32 {
    let week = match week_at(enrollment, planned_finish(roadmap, enrollment)) {
        Ok(week) | Err(week) => week,
    };
    u32::try_from(week.max(1)).unwrap_or(u32::MAX)
}

/// The days a phase covers in the learner's plan, cut at the plan's last
/// day; `None` for a self-paced phase (neither weeks nor months).
pub fn phase_days(roadmap: &Roadmap, enrollment: &Enrollment, phase: &Phase) -> Option<(NaiveDate, NaiveDate)> {
    let (first, last) = match (phase.months, phase.weeks) {
        (Some([first, last]), _) => (plan_month(enrollment, first).0, plan_month(enrollment, last).1),
        (None, Some([first, last])) => (monday_of_week(enrollment, first), sunday_of_week(enrollment, last)),
        (None, None) => return None,
    };
    let finish = planned_finish(roadmap, enrollment);
    Some((first.min(finish), last.min(finish)))
}

/// When an item says it is due: any of a week (with a weekday), a month of
/// the plan, or a fixed date; what it leaves out comes from where it sits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DueWhen {
    /// A roadmap week.
    pub week: Option<u32>,
    /// A month of the plan: due on its last day.
    pub month: Option<u32>,
    /// A fixed date.
    pub date: Option<NaiveDate>,
    /// The weekday within the week (Sunday when not given).
    pub day: Option<DueDay>,
}

impl From<&Deliverable> for DueWhen {
    fn from(d: &Deliverable) -> DueWhen {
        DueWhen {
            week: d.week,
            month: d.month,
            date: d.date,
            day: d.day,
        }
    }
}

impl From<&Milestone> for DueWhen {
    fn from(m: &Milestone) -> DueWhen {
        DueWhen {
            week: m.week,
            month: m.month,
            date: m.date,
            day: m.day,
        }
    }
}

/// Where an item sits, for what its own `DueWhen` leaves out.
#[derive(Debug, Clone, Copy)]
pub enum DueDefault<'a> {
    /// A phase's deliverable: the phase's last day (its last week's Sunday,
    /// or the given weekday of that week).
    Phase(&'a Phase),
    /// A week detail's deliverable: that week.
    Week(u32),
    /// A milestone: the plan's last day.
    Plan,
}

/// The day an item falls due, inside the plan (from the start to its last day).
pub fn due_day(roadmap: &Roadmap, enrollment: &Enrollment, when: DueWhen, default: DueDefault<'_>) -> NaiveDate {
    let in_week = |week: u32| {
        let offset = when.day.map_or(6, DueDay::days_from_monday);
        add_days(monday_of_week(enrollment, week), offset)
    };
    let finish = planned_finish(roadmap, enrollment);
    let due = if let Some(date) = when.date {
        date
    } else if let Some(month) = when.month {
        plan_month(enrollment, month).1
    } else if let Some(week) = when.week {
        in_week(week)
    } else {
        match default {
            DueDefault::Week(week) => in_week(week),
            DueDefault::Phase(phase) => match (phase.months, phase.weeks) {
                (Some([_, last]), _) => plan_month(enrollment, last).1,
                (None, Some([_, last])) => in_week(last),
                (None, None) => finish,
            },
            DueDefault::Plan => finish,
        }
    };
    due.clamp(enrollment.start, finish)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;
    use crate::roadmap::parse_str;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn enrollment(start: NaiveDate, paused: &[NaiveDate]) -> Enrollment {
        Enrollment {
            roadmap_id: "r".into(),
            start,
            daily_minutes: 120,
            paused_weeks: paused.to_vec(),
        }
    }

    fn months_roadmap(months: u32) -> Roadmap {
        parse_str(
            &format!("id = \"r\"\ntitle = \"R\"\nsummary = \"s\"\nmonths = {months}\n"),
            "test",
        )
        .unwrap()
    }

    #[test]
    fn months_started_on_the_first_are_calendar_months() {
        let e = enrollment(date(2026, 1, 1), &[]);
        assert_eq!(plan_month(&e, 1), (date(2026, 1, 1), date(2026, 1, 31)));
        assert_eq!(plan_month(&e, 2), (date(2026, 2, 1), date(2026, 2, 28)));
        assert_eq!(plan_month(&e, 12), (date(2026, 12, 1), date(2026, 12, 31)));
        assert_eq!(planned_finish(&months_roadmap(12), &e), date(2026, 12, 31));
        assert_eq!(plan_weeks(&months_roadmap(12), &e), 53);
    }

    #[test]
    fn months_started_mid_month_count_from_the_start_and_touch() {
        let e = enrollment(date(2026, 1, 31), &[]);
        let months: Vec<_> = (1..=4).map(|m| plan_month(&e, m)).collect();
        assert_eq!(months[0], (date(2026, 1, 31), date(2026, 2, 27)));
        for pair in months.windows(2) {
            assert_eq!(add_days(pair[0].1, 1), pair[1].0, "months touch: {pair:?}");
        }
    }

    #[test]
    fn a_pause_moves_the_months_after_it_by_a_week() {
        // Paused: the week of Mon 2 Feb. February began on the Sunday before
        // it, so February holds the pause and ends a week later; March moves.
        let e = enrollment(date(2026, 1, 1), &[date(2026, 2, 2)]);
        assert_eq!(plan_month(&e, 1), (date(2026, 1, 1), date(2026, 1, 31)));
        assert_eq!(plan_month(&e, 2), (date(2026, 2, 1), date(2026, 3, 7)));
        assert_eq!(plan_month(&e, 3).0, date(2026, 3, 8));
    }

    #[test]
    fn a_fixed_end_and_date_stay_put_when_the_start_moves() {
        let r = parse_str(
            "id = \"r\"\ntitle = \"R\"\nsummary = \"s\"\nsuggested_start = 2027-03-29\nends = 2027-06-18\n",
            "test",
        )
        .unwrap();
        let when = DueWhen {
            date: Some(date(2027, 6, 18)),
            ..DueWhen::default()
        };
        for start in [date(2027, 3, 29), date(2027, 3, 31)] {
            let e = enrollment(start, &[]);
            assert_eq!(planned_finish(&r, &e), date(2027, 6, 18));
            assert_eq!(due_day(&r, &e, when, DueDefault::Plan), date(2027, 6, 18));
        }
    }

    #[test]
    fn a_weekday_places_an_item_inside_its_week() {
        let r = parse_str("id = \"r\"\ntitle = \"R\"\nsummary = \"s\"\nweeks = 4\n", "test").unwrap();
        let e = enrollment(date(2026, 11, 23), &[]);
        let when = DueWhen {
            week: Some(2),
            day: Some(DueDay::Friday),
            ..DueWhen::default()
        };
        assert_eq!(due_day(&r, &e, when, DueDefault::Plan), date(2026, 12, 4));
        assert_eq!(
            due_day(&r, &e, DueWhen::default(), DueDefault::Week(3)),
            date(2026, 12, 13)
        );
    }
}
