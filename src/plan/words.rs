//! Short texts about the plan that the command line, the Markdown export and
//! the interface print alike: a phase's week span, days studied out of the
//! study days, the streak, how a plan ended, a budget too small for a block.

use super::model::Pace;
use super::pace::measure_label;

/// `week 3` for a one-week span, `weeks 3-6` for a longer one.
pub fn week_span([first, last]: [u32; 2]) -> String {
    if first == last {
        format!("week {first}")
    } else {
        format!("weeks {first}-{last}")
    }
}

/// The items measure of a pace in words: `2 days behind, 3 of 10 settled,
/// 4 expected by now`, or `no due dates`.
pub fn pace_items(pace: &Pace) -> String {
    match pace.items {
        Some(items) => format!(
            "{}, {} of {} settled, {} expected by now",
            measure_label(items),
            pace.settled,
            pace.total,
            pace.expected
        ),
        None => "no due dates".to_owned(),
    }
}

/// `1 study day`, `26 study days`: a streak's length.
pub fn study_days(n: u32) -> String {
    if n == 1 {
        "1 study day".to_owned()
    } else {
        format!("{n} study days")
    }
}

/// Days studied in a reviewed week out of its study days (the numbers of
/// a [`ReviewSummary`](super::review::ReviewSummary)): `6 of 6 study days`, with the days studied off the
/// plan after it (`, and 1 day off`); a week without study days (paused,
/// outside the plan) says so.
pub fn days_studied(days_studied: u32, study_days_studied: u32, study_days_planned: u32) -> String {
    let off = days_studied.saturating_sub(study_days_studied);
    let off_text = match off {
        0 => String::new(),
        1 => ", and 1 day off".to_owned(),
        n => format!(", and {n} days off"),
    };
    if study_days_planned == 0 {
        let studied = match off {
            0 => "none".to_owned(),
            1 => "1 day".to_owned(),
            n => format!("{n} days"),
        };
        return format!("{studied} (no study days planned)");
    }
    format!("{study_days_studied} of {study_days_planned} study days{off_text}")
}

/// How the plan ended, from the pace on a day after its end: `ended on Sun
/// 13 Dec with 3 of 10 items done` (`ended on Sun 13 Dec` when nothing in
/// it is dated).
pub fn ending(pace: &Pace) -> String {
    let day = pace.planned_finish.format("%a %-d %b");
    if pace.total == 0 {
        format!("ended on {day}")
    } else {
        format!("ended on {day} with {} of {} items done", pace.done, pace.total)
    }
}

/// The warning for a daily budget that leaves some blocks with no time:
/// `10 minutes a day is too short for every block: Notes gets no time (15
/// minutes gives each block some).` `starved` are the blocks' names, `enough`
/// the smallest budget that gives every block some time, if any does.
pub fn budget_warning(budget: u32, starved: &[String], enough: Option<u32>) -> String {
    let names = match starved {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    };
    let verb = if starved.len() == 1 { "gets" } else { "get" };
    let advice = enough
        .map(|minutes| format!(" ({minutes} minutes gives each block some)"))
        .unwrap_or_default();
    format!("{budget} minutes a day is too short for every block: {names} {verb} no time{advice}.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_one_week_span_is_week_n() {
        assert_eq!(week_span([1, 1]), "week 1");
        assert_eq!(week_span([5, 8]), "weeks 5-8");
    }

    #[test]
    fn the_budget_warning_names_every_starved_block() {
        assert_eq!(
            budget_warning(10, &["Notes".into()], Some(15)),
            "10 minutes a day is too short for every block: Notes gets no time (15 minutes gives each block some)."
        );
        assert_eq!(
            budget_warning(5, &["A".into(), "B".into(), "C".into()], None),
            "5 minutes a day is too short for every block: A, B and C get no time."
        );
    }

    #[test]
    fn days_studied_are_out_of_the_study_days_with_days_off_after() {
        assert_eq!(days_studied(6, 6, 6), "6 of 6 study days");
        assert_eq!(days_studied(7, 6, 6), "6 of 6 study days, and 1 day off");
        assert_eq!(days_studied(3, 2, 6), "2 of 6 study days, and 1 day off");
        assert_eq!(days_studied(0, 0, 0), "none (no study days planned)");
        assert_eq!(days_studied(2, 0, 0), "2 days (no study days planned)");
    }

    #[test]
    fn a_streak_of_one_is_singular() {
        assert_eq!(study_days(1), "1 study day");
        assert_eq!(study_days(0), "0 study days");
    }
}
