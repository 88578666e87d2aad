//! Calendar placement: a length in weeks, months or up to a fixed day (one
//! of them), phases in months inside a roadmap in months, and items that
//! say when they are due in one way only.

use super::{ItemPath, Problem};
use crate::roadmap::model::{DueDay, Roadmap};

/// Longest roadmap in months accepted: ten years, as for weeks.
pub const MAX_MONTHS: u32 = 120;

pub(super) fn check(r: &Roadmap, problems: &mut Vec<Problem>) {
    let root = ItemPath::root();
    let mut refuse = |at: ItemPath, message: String| problems.push(Problem::new(at, message));
    let lengths = [r.weeks.is_some(), r.months.is_some(), r.ends.is_some()];
    if lengths.iter().filter(|given| **given).count() > 1 {
        let at = if r.ends.is_some() {
            root.key("ends")
        } else {
            root.key("months")
        };
        refuse(
            at,
            "the roadmap gives more than one of `weeks`, `months` and `ends`; expected one length: weeks, calendar \
             months from the start, or a fixed last day"
                .to_owned(),
        );
    }
    if let Some(months) = r.months
        && !(1..=MAX_MONTHS).contains(&months)
    {
        refuse(
            root.key("months"),
            format!("months = {months}; expected 1 to {MAX_MONTHS} months (ten years)"),
        );
    }
    if let Some(ends) = r.ends {
        match r.suggested_start {
            None => refuse(
                root.key("ends"),
                "`ends` needs `suggested_start`: the day the roadmap was written to start on, so its weeks can be \
                 checked"
                    .to_owned(),
            ),
            Some(start) if start > ends => refuse(
                root.key("ends"),
                format!("ends = {ends} comes before suggested_start = {start}; expected a last day after the start"),
            ),
            Some(_) => {}
        }
    }
    let months = r.months.unwrap_or(0);
    for (p, phase) in r.phases.iter().enumerate() {
        let at = root.item("phases", p);
        let Some([first, last]) = phase.months else { continue };
        if phase.weeks.is_some() {
            refuse(
                at.key("months"),
                format!(
                    "phase `{}` gives both `weeks` and `months`; expected one of them",
                    phase.id
                ),
            );
        } else if r.months.is_none() {
            refuse(
                at.key("months"),
                format!(
                    "phase `{}` is placed in months but the roadmap has no `months = N`; expected the roadmap's \
                     length in months, or `weeks` for the phase",
                    phase.id
                ),
            );
        } else if first == 0 || first > last || last > months {
            refuse(
                at.key("months"),
                format!(
                    "phase `{}` has months = [{first}, {last}]; expected [first, last] with 1 <= first <= last <= \
                     {months}",
                    phase.id
                ),
            );
        }
        let same_level_in_weeks = r
            .phases
            .iter()
            .any(|other| other.level == phase.level && other.weeks.is_some());
        if same_level_in_weeks {
            refuse(
                at.key("months"),
                format!(
                    "phase `{}` is in months while other `{}` phases are in weeks; expected one way to place a level",
                    phase.id, phase.level
                ),
            );
        }
    }
    check_month_overlaps(r, problems);
    let mut refuse = |at: ItemPath, message: String| problems.push(Problem::new(at, message));
    let mut when = |at: ItemPath, what: String, w: When| {
        let given = [w.week.is_some(), w.month.is_some(), w.date.is_some()];
        if given.iter().filter(|g| **g).count() > 1 {
            refuse(
                at.key("date"),
                format!("{what} gives more than one of `week`, `month` and `date`; expected one"),
            );
        }
        if let Some(month) = w.month {
            if r.months.is_none() {
                refuse(
                    at.key("month"),
                    format!("{what} is due in month {month} but the roadmap has no `months = N`"),
                );
            } else if month == 0 || month > months {
                refuse(
                    at.key("month"),
                    format!("{what} names month {month}, which does not exist; expected a month from 1 to {months}"),
                );
            }
        }
        if let (Some(date), Some(first)) = (w.date, r.suggested_start) {
            let last = r.suggested_last_day();
            if date < first || last.is_some_and(|last| date > last) {
                let range = last.map_or(format!("on or after {first}"), |last| format!("from {first} to {last}"));
                refuse(
                    at.key("date"),
                    format!("{what} is due on {date}, outside the roadmap's own dates; expected a date {range}"),
                );
            }
        }
        if w.day.is_some() && (w.month.is_some() || w.date.is_some() || (w.week.is_none() && !w.has_week)) {
            refuse(
                at.key("day"),
                format!("{what} gives a weekday (`day`) but no week to put it in; expected `week = N` beside it"),
            );
        }
    };
    for (p, phase) in r.phases.iter().enumerate() {
        for (i, d) in phase.deliverables.iter().enumerate() {
            let at = root.item("phases", p).item("deliverables", i);
            let has_week = phase.weeks.is_some();
            when(
                at,
                format!("deliverable `{}`", d.id),
                When::of(d.week, d.month, d.date, d.day, has_week),
            );
        }
    }
    for (w, detail) in r.week_details.iter().enumerate() {
        for (i, d) in detail.deliverables.iter().enumerate() {
            let at = root.item("week_details", w).item("deliverables", i);
            when(
                at,
                format!("deliverable `{}`", d.id),
                When::of(d.week, d.month, d.date, d.day, true),
            );
        }
    }
    for (i, m) in r.milestones.iter().enumerate() {
        let at = root.item("milestones", i);
        when(
            at,
            format!("milestone `{}`", m.id),
            When::of(m.week, m.month, m.date, m.day, false),
        );
    }
}

/// The placement keys of one item, and whether where it sits gives a week.
struct When {
    week: Option<u32>,
    month: Option<u32>,
    date: Option<chrono::NaiveDate>,
    day: Option<DueDay>,
    has_week: bool,
}

impl When {
    fn of(
        week: Option<u32>,
        month: Option<u32>,
        date: Option<chrono::NaiveDate>,
        day: Option<DueDay>,
        has_week: bool,
    ) -> When {
        When {
            week,
            month,
            date,
            day,
            has_week,
        }
    }
}

/// Phases of one level in months do not share a month.
fn check_month_overlaps(r: &Roadmap, problems: &mut Vec<Problem>) {
    let root = ItemPath::root();
    let mut placed: Vec<(&str, u32, u32, usize)> = r
        .phases
        .iter()
        .enumerate()
        .filter_map(|(p, phase)| phase.months.map(|[first, last]| (phase.level.as_str(), first, last, p)))
        .collect();
    placed.sort_unstable();
    for pair in placed.windows(2) {
        let (level, _, earlier_last, e) = pair[0];
        let (other_level, first, _, p) = pair[1];
        if level == other_level && first <= earlier_last {
            problems.push(Problem::with_other(
                root.item("phases", p).key("months"),
                format!(
                    "phase `{}` overlaps phase `{}` of the same level `{level}` in month {first}; expected phases of \
                     one level not to share months",
                    r.phases[p].id, r.phases[e].id
                ),
                root.item("phases", e).key("months"),
            ));
        }
    }
}
