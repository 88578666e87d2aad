//! Checks of a learner state before it is written: what SQL constraints
//! would refuse with an unclear message, or not at all (the 24-hour day is
//! checked after the writes, in SQL).

use chrono::{Datelike, NaiveDate, NaiveDateTime, Weekday};
use color_eyre::eyre::WrapErr;

use super::LearnerState;
use crate::plan::RunningTimer;
use crate::roadmap::validate;
use crate::store::StoreResult;
use crate::store::days::storable;
use crate::store::tasks::checked_title;
use crate::store::time_log::MINUTES_PER_DAY;
use crate::text::clean_line;

/// Checks what SQL cannot say clearly, before anything is written.
pub fn check(state: &LearnerState) -> StoreResult<()> {
    for own in &state.roadmaps {
        let problems = validate(&own.roadmap);
        if let Some(first) = problems.first() {
            return Err(crate::refusal!(
                "roadmap {} in the file is not valid ({} problems, first: {}); nothing was imported",
                clean_line(&own.roadmap.id),
                problems.len(),
                clean_line(&format!("{}: {}", first.at, first.message))
            ));
        }
    }
    if state.enrollments.iter().filter(|e| e.active).count() > 1 {
        return Err(crate::refusal!(
            "more than one enrollment is marked active; at most one can be"
        ));
    }
    for record in &state.enrollments {
        let e = &record.enrollment;
        if !crate::limits::is_daily_budget(e.daily_minutes) {
            return Err(crate::refusal!(
                "the enrollment in {} has a daily budget of {} minutes; give {}",
                clean_line(&e.roadmap_id),
                e.daily_minutes,
                crate::limits::daily_minutes_range()
            ));
        }
        storable(e.start)?;
        for monday in &e.paused_weeks {
            monday_only(*monday, "paused week")?;
        }
    }
    for s in &state.statuses {
        storable(s.on)?;
    }
    for task in &state.tasks {
        storable(task.day)
            .and_then(|_| checked_title(&task.title).map(drop))
            .wrap_err_with(|| format!("task {} cannot be imported", task.id))?;
    }
    for c in &state.carry_overs {
        storable(c.from)?;
        storable(c.to)?;
        if !state.tasks.iter().any(|t| t.id == c.task_id) {
            return Err(crate::refusal!(
                "a carry-over names task {}, which is not in the file",
                c.task_id
            ));
        }
    }
    for e in &state.time_log {
        storable(e.day)?;
        if e.block.trim().is_empty() || !(1..=MINUTES_PER_DAY).contains(&e.minutes) {
            return Err(crate::refusal!(
                "time entry {} needs a block name and 1 to 1440 minutes (it has `{}` and {})",
                e.id,
                clean_line(&e.block),
                e.minutes
            ));
        }
    }
    if let Some(timer) = &state.timer {
        check_timer(timer)?;
    }
    for review in &state.reviews {
        let monday = review.monday.ok_or_else(|| crate::refusal!("a review has no Monday"))?;
        monday_only(monday, "review")?;
    }
    for note in &state.notes {
        storable(note.day)?;
        if note.text.trim().is_empty() {
            return Err(crate::refusal!(
                "the note of {} is blank; leave it out instead",
                note.day
            ));
        }
    }
    Ok(())
}

fn check_timer(timer: &RunningTimer) -> StoreResult<()> {
    let at: NaiveDateTime = timer.started_at;
    storable(at.date())?;
    if timer.block.trim().is_empty() {
        return Err(crate::refusal!("the running timer needs a block name"));
    }
    Ok(())
}

/// Errors unless `day` is a storable Monday (weeks are keyed on their Monday).
fn monday_only(day: NaiveDate, what: &str) -> StoreResult<()> {
    storable(day)?;
    if day.weekday() == Weekday::Mon {
        Ok(())
    } else {
        Err(crate::refusal!(
            "a {what} is keyed on {day}, a {}, not a Monday",
            day.weekday()
        ))
    }
}
