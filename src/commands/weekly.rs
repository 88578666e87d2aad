//! `review`, `pause` and `resume`: whole-week commands.

use chrono::{Datelike, Duration, NaiveDate};
use color_eyre::eyre::{Result, bail};

use super::active::ActivePlan;
use super::args::week_monday;
use super::{Context, print};
use crate::report::layout::{iso_label, short_date};
use crate::report::review::{ReviewInputs, ReviewView};
use crate::report::{self};
use crate::roadmap::Roadmap;
use crate::store::Store;

/// How far back a streak is counted.
const STREAK_HORIZON_DAYS: i64 = 366;

/// `studyplan review [--week W] [--markdown] [--json]`.
pub fn review(ctx: &Context, week: Option<&str>, markdown: bool, json: bool) -> Result<()> {
    let monday = week_monday(week, None, ctx.clock.today)?;
    let store = ctx.open_store()?;
    let active = ActivePlan::load(&store)?;
    let sunday = monday + Duration::days(6);
    let this_week = active.week(monday);
    let next_week = active.week(monday + Duration::days(7));
    // A week still running is judged as of today, a past one as of its Sunday.
    let as_of = sunday.min(ctx.clock.today);
    let entries = store.time_between(monday, sunday)?;
    let tasks = store.tasks_between(monday, sunday)?;
    let saved = store.review(monday)?;
    let streak_days = streak(&store, &active.roadmap, as_of, ctx.clock.today)?;
    let view = ReviewView::build(ReviewInputs {
        roadmap: &active.roadmap,
        week: &this_week,
        next_week: &next_week,
        pace: active.pace(as_of),
        entries: &entries,
        tasks: &tasks,
        saved: saved.as_ref(),
        streak_days,
    });
    let text = if json {
        report::to_json(&view)?
    } else if markdown {
        view.to_markdown()
    } else {
        view.to_text()
    };
    print(&text)
}

/// Consecutive study days with time logged, ending at `end`. Rest days
/// (no study planned) neither count nor break it; today does not break it
/// before the learner has had a chance to log.
fn streak(store: &Store, roadmap: &Roadmap, end: NaiveDate, today: NaiveDate) -> Result<u32> {
    let from = end - Duration::days(STREAK_HORIZON_DAYS);
    let logged: std::collections::HashSet<NaiveDate> = store
        .minutes_per_day(from, end)?
        .into_iter()
        .filter(|(_, minutes)| *minutes > 0)
        .map(|(day, _)| day)
        .collect();
    let weekly = roadmap.weekly_structure();
    let study_day = |day: NaiveDate| {
        let role = match day.weekday() {
            chrono::Weekday::Mon => &weekly.monday,
            chrono::Weekday::Tue => &weekly.tuesday,
            chrono::Weekday::Wed => &weekly.wednesday,
            chrono::Weekday::Thu => &weekly.thursday,
            chrono::Weekday::Fri => &weekly.friday,
            chrono::Weekday::Sat => &weekly.saturday,
            chrono::Weekday::Sun => &weekly.sunday,
        };
        role.study
    };
    let mut count = 0;
    let mut day = end;
    while day > from {
        if logged.contains(&day) {
            count += 1;
        } else if study_day(day) && day != today {
            break;
        }
        day -= Duration::days(1);
    }
    Ok(count)
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
