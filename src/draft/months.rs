//! A roadmap written month by month ("February 2026", "Q1 2026") drafted
//! onto calendar months: while drafting, months are laid on weeks by the
//! Thursday rule (a week belongs to the month holding its Thursday), which
//! is how every span is compared and nested; at the end, those week spans
//! are read back as the months they came from, so the draft says
//! `months = N` and each phase, milestone and deliverable its months, and
//! the plan falls on the real dates (January is 1 to 31 January).

use chrono::{Datelike, Days, NaiveDate};

use super::build::Builder;

impl Builder {
    /// Moves a roadmap drafted from calendar months onto `months`: only when
    /// every placed phase came from calendar months or quarters (none from
    /// explicit dates or plain weeks) and the draft has a start.
    pub fn onto_calendar_months(&mut self) {
        let Some(start) = self.start else { return };
        if !self.by_calendar_months || self.by_dates {
            return;
        }
        let Some(first_of_month) = start.with_day(1) else {
            return;
        };
        let month_of_week = |week: u32| month_index(start, first_of_month, week);
        let mut phase_months = Vec::with_capacity(self.rm.phases.len());
        for phase in &self.rm.phases {
            match phase.weeks {
                Some([a, b]) => match (month_of_week(a), month_of_week(b)) {
                    (Some(first), Some(last)) if first <= last => phase_months.push(Some([first, last])),
                    _ => return,
                },
                None => phase_months.push(None),
            }
        }
        let Some(length) = phase_months.iter().flatten().map(|[_, last]| *last).max() else {
            return;
        };
        for (phase, months) in self.rm.phases.iter_mut().zip(phase_months) {
            if months.is_some() {
                phase.weeks = None;
                phase.months = months;
            }
            for d in &mut phase.deliverables {
                d.month = d.week.take().and_then(month_of_week).filter(|m| *m <= length);
            }
        }
        for milestone in &mut self.rm.milestones {
            milestone.month = milestone.week.take().and_then(month_of_week).filter(|m| *m <= length);
        }
        self.rm.weeks = None;
        self.rm.months = Some(length);
        self.rm.suggested_start = Some(first_of_month);
    }
}

/// The month (from 1) that holds the Thursday of `week`, counted from the
/// month of `first_of_month`, for a draft whose week 1 holds `start`.
fn month_index(start: NaiveDate, first_of_month: NaiveDate, week: u32) -> Option<u32> {
    let monday = start.checked_sub_days(Days::new(u64::from(start.weekday().num_days_from_monday())))?;
    let thursday = monday.checked_add_days(Days::new(u64::from(week.checked_sub(1)?) * 7 + 3))?;
    let months = (thursday.year() - first_of_month.year()) * 12 + i32::try_from(thursday.month()).ok()?
        - i32::try_from(first_of_month.month()).ok()?;
    u32::try_from(months + 1).ok().filter(|m| *m >= 1)
}
