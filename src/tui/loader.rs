//! Gathers [`ScreenData`] from the store and the plan engine: one short read
//! of each table the screens need, then pure plan functions over the rows.

use chrono::{Duration, NaiveDate};
use color_eyre::Result;

use crate::plan::day::worklist_deliverables;
use crate::plan::review::{ReviewInput, review};
use crate::plan::stats::{burn_up, heatmap_year, weekly_trend};
use crate::plan::{day_plan, due::due_items, monday_of, pace, week_plan};
use crate::store::Store;
use crate::tui::data::ScreenData;

/// Weeks in the Stats screen's trend.
const TREND_WEEKS: u32 = 26;
/// Days of history read for the heatmap and streaks (53 weeks and a margin).
const HISTORY_DAYS: i64 = 53 * 7 + 7;

/// The screen data for `today` with the week of `shown_monday`; `None` before any enrollment.
pub fn load(store: &Store, today: NaiveDate, shown_monday: NaiveDate) -> Result<Option<ScreenData>> {
    load_keeping(store, today, shown_monday, &[])
}

/// [`load`], keeping the tasks of earlier days with these ids on Today even when done.
pub fn load_keeping(
    store: &Store,
    today: NaiveDate,
    shown_monday: NaiveDate,
    keep: &[i64],
) -> Result<Option<ScreenData>> {
    let Some(enrollment) = store.active_enrollment()? else {
        return Ok(None);
    };
    let roadmap = store.roadmap(&enrollment.roadmap_id)?;
    let statuses = store.statuses()?;
    let sunday = shown_monday + Duration::days(6);
    let week_tasks = store.tasks_between(shown_monday, sunday)?;
    let week_time = store.time_between(shown_monday, sunday)?;
    let history_end = today.max(sunday);
    let history = store.minutes_per_day(today - Duration::days(HISTORY_DAYS), history_end)?;
    let input = ReviewInput {
        statuses: &statuses,
        entries: &week_time,
        tasks: &week_tasks,
        minutes_per_day: &history,
        today,
    };
    let review = review(&roadmap, &enrollment, shown_monday, input);
    let started = today >= enrollment.start;
    let mut carried_tasks = store.tasks_between(monday_of(enrollment.start), today - Duration::days(1))?;
    carried_tasks.retain(|t| !t.done || keep.contains(&t.id));
    Ok(Some(ScreenData {
        today: day_plan(&roadmap, &enrollment, &statuses, today),
        pace: started.then(|| pace(&roadmap, &enrollment, &statuses, today)),
        today_tasks: store.tasks_between(today, today)?,
        carried_tasks,
        worklist: worklist_deliverables(&roadmap, &enrollment, &statuses, today),
        today_time: store.time_between(today, today)?,
        note: store.note(today)?,
        timer: store.timer()?,
        week: week_plan(&roadmap, &enrollment, &statuses, shown_monday),
        due_items: due_items(&roadmap, &enrollment, &statuses),
        saved_review: store.review(shown_monday)?.unwrap_or_default(),
        carried_out: store.carry_overs(shown_monday)?,
        heat: heatmap_year(&history, enrollment.daily_minutes, today),
        trend: weekly_trend(&roadmap, &enrollment, &history, today, TREND_WEEKS),
        burn_up: burn_up(&roadmap, &enrollment, &statuses, today),
        review,
        week_tasks,
        week_time,
        statuses,
        roadmap,
        enrollment,
    }))
}
