//! Where a date falls in an enrollment: roadmap week N of M, paused, before
//! the start or after the plan's last day (see `weeks` for how roadmap
//! weeks sit on the calendar, `span` for the last day).

use chrono::NaiveDate;

use super::model::{Enrollment, Position};
use super::span::{plan_weeks, planned_finish};
use super::weeks::week_at;
use crate::roadmap::Roadmap;

/// Where `date` falls in the enrollment.
pub fn position(roadmap: &Roadmap, enrollment: &Enrollment, date: NaiveDate) -> Position {
    let of = plan_weeks(roadmap, enrollment);
    if date < enrollment.start {
        return Position::BeforeStart {
            days_until: (enrollment.start - date).num_days(),
        };
    }
    let finish = planned_finish(roadmap, enrollment);
    if date > finish {
        return Position::Finished {
            days_since_end: (date - finish).num_days(),
            of,
        };
    }
    match week_at(enrollment, date) {
        Ok(week) => Position::InPlan {
            week: clamp_week(week, of),
            of,
        },
        Err(next_week) => Position::Paused {
            next_week: clamp_week(next_week, of),
            of,
        },
    }
}

/// The roadmap week of a position inside the plan, if it is one.
pub fn plan_week(position: &Position) -> Option<u32> {
    match position {
        Position::InPlan { week, .. } => Some(*week),
        _ => None,
    }
}

fn clamp_week(week: i64, of: u32) -> u32 {
    u32::try_from(week.clamp(1, i64::from(of))).unwrap_or(1)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;
    use crate::plan::weeks::monday_of_week;
    use crate::roadmap::parse_str;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn roadmap(weeks: u32) -> Roadmap {
        parse_str(
            &format!("id = \"r\"\ntitle = \"R\"\nsummary = \"s\"\nweeks = {weeks}\n"),
            "test",
        )
        .unwrap()
    }

    fn enrollment(start: NaiveDate, paused: &[NaiveDate]) -> Enrollment {
        Enrollment {
            roadmap_id: "r".into(),
            start,
            daily_minutes: 120,
            paused_weeks: paused.to_vec(),
        }
    }

    #[test]
    fn week_one_holds_a_midweek_start_and_earlier_days_are_before_start() {
        let e = enrollment(date(2026, 11, 25), &[]); // a Wednesday
        let r = roadmap(4);
        assert_eq!(
            position(&r, &e, date(2026, 11, 23)),
            Position::BeforeStart { days_until: 2 }
        );
        assert_eq!(
            position(&r, &e, date(2026, 11, 25)),
            Position::InPlan { week: 1, of: 4 }
        );
        assert_eq!(
            position(&r, &e, date(2026, 11, 30)),
            Position::InPlan { week: 2, of: 4 }
        );
        assert_eq!(monday_of_week(&e, 1), date(2026, 11, 23));
    }

    #[test]
    fn after_the_last_sunday_the_plan_is_finished() {
        let e = enrollment(date(2026, 11, 23), &[]);
        let r = roadmap(2);
        assert_eq!(position(&r, &e, date(2026, 12, 6)), Position::InPlan { week: 2, of: 2 });
        assert_eq!(
            position(&r, &e, date(2026, 12, 8)),
            Position::Finished {
                days_since_end: 2,
                of: 2
            }
        );
    }

    #[test]
    fn a_pause_shifts_every_later_week_by_one() {
        let pause = date(2026, 12, 7); // calendar week 3
        let e = enrollment(date(2026, 11, 23), &[pause]);
        let r = roadmap(4);
        assert_eq!(
            position(&r, &e, date(2026, 12, 9)),
            Position::Paused { next_week: 3, of: 4 }
        );
        assert_eq!(
            position(&r, &e, date(2026, 12, 14)),
            Position::InPlan { week: 3, of: 4 }
        );
        assert_eq!(monday_of_week(&e, 3), date(2026, 12, 14));
        assert_eq!(planned_finish(&r, &e), date(2026, 12, 27));
    }

    #[test]
    fn a_pause_given_as_a_wednesday_counts_for_its_week_and_old_pauses_are_ignored() {
        let e = enrollment(
            date(2026, 11, 23),
            &[date(2026, 12, 2), date(2026, 1, 5), date(2026, 11, 23)],
        );
        assert_eq!(monday_of_week(&e, 2), date(2026, 12, 7));
        assert_eq!(week_at(&e, date(2026, 12, 7)), Ok(2));
    }

    #[test]
    fn consecutive_pauses_shift_by_as_many_weeks() {
        let e = enrollment(date(2026, 11, 23), &[date(2026, 12, 7), date(2026, 11, 30)]);
        assert_eq!(monday_of_week(&e, 2), date(2026, 12, 14));
        assert_eq!(week_at(&e, date(2026, 12, 1)), Err(2));
        assert_eq!(week_at(&e, date(2026, 12, 8)), Err(2));
    }
}
