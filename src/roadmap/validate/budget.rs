//! Time budgets: a daily split whose blocks fit the day, and project efforts
//! and complexities that make sense.

use super::{ItemPath, Problem};
use crate::roadmap::model::{DailySplit, Roadmap};

pub(super) fn check(r: &Roadmap, problems: &mut Vec<Problem>) {
    if let Some(daily) = &r.daily {
        check_daily(daily, problems);
    }
    check_weekdays(r, problems);
    let root = ItemPath::root();
    for (i, project) in r.projects.iter().enumerate() {
        let at = root.item("projects", i);
        let effort = project.effort;
        if effort.min == 0 || effort.min > effort.max {
            problems.push(Problem::new(
                at.key("effort"),
                format!(
                    "project `{}` has effort min = {}, max = {}; expected 1 <= min <= max",
                    project.id, effort.min, effort.max
                ),
            ));
        }
        if let Some(complexity) = project.complexity
            && complexity > 100
        {
            problems.push(Problem::new(
                at.key("complexity"),
                format!(
                    "project `{}` has complexity = {complexity}; expected a percentage from 0 to 100",
                    project.id
                ),
            ));
        }
    }
}

/// A weekday's own budget is a day's budget, and the blocks it names exist.
fn check_weekdays(r: &Roadmap, problems: &mut Vec<Problem>) {
    let Some(weekly) = &r.weekly else { return };
    let split = r.daily_split();
    for (name, day) in weekly.days() {
        let Some(day) = day else { continue };
        let at = ItemPath::root().key("weekly").key(name);
        if let Some(minutes) = day.minutes
            && !crate::limits::is_daily_budget(minutes)
        {
            problems.push(Problem::new(
                at.key("minutes"),
                format!(
                    "{name} minutes = {minutes}; expected {} minutes a day",
                    crate::limits::daily_minutes_range()
                ),
            ));
        }
        for block in day
            .blocks
            .iter()
            .filter(|id| !split.blocks.iter().any(|b| &b.id == *id))
        {
            let known: Vec<&str> = split.blocks.iter().map(|b| b.id.as_str()).collect();
            problems.push(Problem::new(
                at.key("blocks"),
                format!(
                    "{name} names the block `{block}`, which the daily split does not have; expected one of {}",
                    known.join(", ")
                ),
            ));
        }
    }
}

/// Blocks present, each in one form, percentages adding to 100, minutes within the budget.
fn check_daily(daily: &DailySplit, problems: &mut Vec<Problem>) {
    let at = ItemPath::root().key("daily");
    if !crate::limits::is_daily_budget(daily.minutes) {
        problems.push(Problem::new(
            at.key("minutes"),
            format!(
                "daily minutes = {}; expected {} minutes a day",
                daily.minutes,
                crate::limits::daily_minutes_range()
            ),
        ));
    }
    if let Some(min) = daily.min_minutes
        && min > daily.minutes
    {
        problems.push(Problem::new(
            at.key("min_minutes"),
            format!(
                "daily min_minutes = {min} is more than minutes = {}; expected min_minutes <= minutes",
                daily.minutes
            ),
        ));
    }
    if daily.blocks.is_empty() {
        problems.push(Problem::new(
            at.key("blocks"),
            "the daily split has no blocks; expected at least one [[daily.blocks]] entry (or leave out [daily] \
             for the default 30/60/30 split)"
                .to_owned(),
        ));
        return;
    }
    let mut minutes_total = 0u32;
    let mut percent_total = 0u32;
    let mut form: Option<(bool, usize)> = None;
    // Sums mean nothing once blocks mix the two forms; that is reported instead.
    let mut mixed = false;
    for (i, block) in daily.blocks.iter().enumerate() {
        let block_at = at.item("blocks", i);
        let uses_percent = match (block.minutes, block.percent) {
            (Some(minutes), None) => {
                minutes_total = minutes_total.saturating_add(minutes);
                false
            }
            (None, Some(percent)) => {
                percent_total = percent_total.saturating_add(percent);
                true
            }
            (found_minutes, _) => {
                let found = if found_minutes.is_some() { "both" } else { "neither" };
                problems.push(Problem::new(
                    block_at,
                    format!(
                        "daily block `{}` has {found} `minutes` and `percent`; expected exactly one of them",
                        block.id
                    ),
                ));
                continue;
            }
        };
        match form {
            None => form = Some((uses_percent, i)),
            Some((first_percent, first)) if first_percent != uses_percent => {
                mixed = true;
                let (this, other) = if uses_percent {
                    ("percent", "minutes")
                } else {
                    ("minutes", "percent")
                };
                problems.push(Problem::with_other(
                    block_at,
                    format!(
                        "daily block `{}` gives {this} but block `{}` gives {other}; expected every block in the \
                         same form",
                        block.id, daily.blocks[first].id
                    ),
                    at.item("blocks", first),
                ));
            }
            Some(_) => {}
        }
    }
    match form {
        Some((true, _)) if !mixed && percent_total != 100 => problems.push(Problem::new(
            at.key("blocks"),
            format!("the daily blocks' percentages add up to {percent_total}; expected exactly 100"),
        )),
        Some((false, _)) if !mixed && minutes_total > daily.minutes => problems.push(Problem::new(
            at.key("blocks"),
            format!(
                "the daily blocks take {minutes_total} minutes, over the daily budget of {} minutes; expected at \
                 most {}",
                daily.minutes, daily.minutes
            ),
        )),
        _ => {}
    }
}
