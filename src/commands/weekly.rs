//! `review`, `pause` and `resume`: whole-week commands.

use chrono::Duration;
use color_eyre::eyre::{Result, bail};

use super::active::ActivePlan;
use super::args::week_monday;
use super::{Context, print};
use crate::plan::{self, review::ReviewInput};
use crate::report::layout::{iso_label, short_date};
use crate::report::review::ReviewView;
use crate::report::{self};

/// How far back a streak is counted (a year of daily study).
const STREAK_HORIZON_DAYS: i64 = 366;

/// `studyplan review [--week W] [--markdown] [--json]`.
pub fn review(ctx: &Context, week: Option<&str>, markdown: bool, json: bool) -> Result<()> {
    let monday = week_monday(week, None, ctx.clock.today)?;
    let store = ctx.open_store()?;
    let active = ActivePlan::load(&store)?;
    let sunday = monday + Duration::days(6);
    let entries = store.time_between(monday, sunday)?;
    let tasks = store.tasks_between(monday, sunday)?;
    let minutes_per_day = store.minutes_per_day(sunday - Duration::days(STREAK_HORIZON_DAYS), sunday)?;
    let summary = plan::review::review(
        &active.roadmap,
        &active.enrollment,
        monday,
        ReviewInput {
            statuses: &active.statuses,
            entries: &entries,
            tasks: &tasks,
            minutes_per_day: &minutes_per_day,
            today: ctx.clock.today,
        },
    );
    let recurring = active.week(monday).recurring;
    let saved = store.review(monday)?;
    let view = ReviewView::build(&active.roadmap, summary, recurring, saved.as_ref());
    let text = if json {
        report::to_json(&view)?
    } else if markdown {
        view.to_markdown()
    } else {
        view.to_text()
    };
    print(&text)
}

/// `studyplan pause [--week W]` (`paused = true`) and `studyplan resume [--week W]`.
pub fn pause(ctx: &Context, week: Option<&str>, paused: bool) -> Result<()> {
    let monday = week_monday(week, None, ctx.clock.today)?;
    let mut store = ctx.open_store()?;
    let active = ActivePlan::load(&store)?;
    let label = iso_label(monday);
    let is_paused = active.enrollment.paused_weeks.contains(&monday);
    if paused && is_paused {
        bail!("{label} is already paused; `studyplan resume --week {label}` takes it back");
    }
    if !paused && !is_paused {
        bail!("{label} is not paused, so there is nothing to resume");
    }
    if paused && monday + Duration::days(6) < active.enrollment.start {
        bail!(
            "{label} ends before the plan starts ({}); only weeks from the start can be paused",
            short_date(active.enrollment.start)
        );
    }
    store.set_paused(monday, paused)?;
    let message = if paused {
        format!(
            "Paused {label} (from {}); the rest of the plan moves one week later.\n",
            short_date(monday)
        )
    } else {
        format!("Resumed {label}; the plan is one week shorter again.\n")
    };
    print(&message)
}
