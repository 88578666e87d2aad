//! Reads a [`Snapshot`] from the store and the plan engine: one short read
//! of each table a day, a week and a review need, then pure plan functions
//! over the rows. The command line and the interface both read through here.

use chrono::{Duration, NaiveDate, Weekday};
use color_eyre::Result;

use super::active::ActivePlan;
use super::rules::{current_streak, history_range};
use super::snapshot::Snapshot;
use super::timer::timer_state;
use crate::plan::day::{carry_range, day_plan_from_items, worklist_deliverables};
use crate::plan::review::{ReviewInput, review};
use crate::plan::stats::{burn_up, heatmap_year, weekly_trend};
use crate::plan::week::{shown_first_day, shown_week};
use crate::plan::{Note, due::due_items, pace, week_plan};
use crate::store::Store;

/// Weeks in the Stats screen's trend.
const TREND_WEEKS: u32 = 26;

/// What a snapshot is of: the day, the week shown beside it, and how.
#[derive(Debug, Clone, Copy)]
pub struct Focus<'a> {
    /// Today.
    pub today: NaiveDate,
    /// Monday of the plan week shown on Week and Review (and by `week`/`review`).
    pub shown_monday: NaiveDate,
    /// The first day of the Week screen's seven days (the config's `week_start`).
    pub week_start: Weekday,
    /// Earlier days' tasks kept on Today even when done (ticked there this
    /// session, so a tick can be undone).
    pub keep: &'a [i64],
    /// Also what only the interface draws: the Stats screen's heatmap, trend
    /// and burn-up (left empty otherwise, so a command stays fast).
    pub stats: bool,
}

impl Focus<'static> {
    /// Today, with its own week shown, weeks from Monday.
    pub fn today(today: NaiveDate) -> Focus<'static> {
        Focus::week(today, crate::plan::monday_of(today))
    }

    /// Today, with the week starting `shown_monday` shown.
    pub fn week(today: NaiveDate, shown_monday: NaiveDate) -> Focus<'static> {
        Focus {
            today,
            shown_monday,
            week_start: Weekday::Mon,
            keep: &[],
            stats: false,
        }
    }
}

/// The snapshot for `focus`, or the refusal that says how to start a roadmap.
pub fn load_started(store: &Store, focus: Focus<'_>) -> Result<Snapshot> {
    match load(store, focus)? {
        Some(snapshot) => Ok(snapshot),
        None => crate::refuse!(
            "no roadmap started yet: run `studyplan start ROADMAP_ID` \
             (`studyplan roadmap list` shows the ids)"
        ),
    }
}

/// The snapshot of the active plan for `focus`; `None` before any enrollment.
pub fn load(store: &Store, focus: Focus<'_>) -> Result<Option<Snapshot>> {
    let Focus {
        today,
        shown_monday,
        week_start,
        keep,
        stats,
    } = focus;
    let Some(active) = ActivePlan::read(store)? else {
        return Ok(None);
    };
    let timer = timer_state(store, &active)?;
    let ActivePlan {
        enrollment,
        roadmap,
        statuses,
    } = active;
    let sunday = shown_monday + Duration::days(6);
    let first = shown_first_day(today, shown_monday, week_start);
    // One read covers the plan week (Review) and the Week screen's days.
    let (from, to) = (first.min(shown_monday), (first + Duration::days(6)).max(sunday));
    let week_tasks = store.tasks_between(from, to)?;
    let week_time = store.time_between(from, to)?;
    let in_week = |day: NaiveDate| (shown_monday..=sunday).contains(&day);
    let review_tasks: Vec<_> = week_tasks.iter().filter(|t| in_week(t.day)).cloned().collect();
    let review_time: Vec<_> = week_time.iter().filter(|e| in_week(e.day)).cloned().collect();
    let (history_from, history_to) = history_range(today, sunday, enrollment.start);
    let history = store.minutes_per_day(history_from, history_to)?;
    let input = ReviewInput {
        statuses: &statuses,
        entries: &review_time,
        tasks: &review_tasks,
        minutes_per_day: &history,
        today,
    };
    let review = review(&roadmap, &enrollment, shown_monday, input);
    let started = today >= enrollment.start;
    let mut carried_tasks = Vec::new();
    if let Some((from, to)) = carry_range(&enrollment, today) {
        carried_tasks = store.unfinished_tasks_between(from, to)?;
        for id in keep {
            if let Some(task) = store.task(*id)?.filter(|t| (from..=to).contains(&t.day)) {
                carried_tasks.push(task);
            }
        }
    }
    carried_tasks.sort_by_key(|t| (t.day, t.id));
    carried_tasks.dedup_by_key(|t| t.id);
    // The dated items and today's plan feed Today's worklist too: computed once.
    let items = due_items(&roadmap, &enrollment, &statuses);
    let today_plan = day_plan_from_items(&roadmap, &enrollment, &items, today);
    let worklist = worklist_deliverables(&roadmap, &today_plan, &items, &statuses);
    // Today's entries and note, read once: the blocks, the note box and the notes list share them.
    let today_time = store.time_between(today, today)?;
    let today_day_note = store.notes_between(today, today)?;
    Ok(Some(Snapshot {
        today: today_plan,
        pace: started.then(|| pace(&roadmap, &enrollment, &statuses, &history, today)),
        streak: current_streak(&roadmap, &enrollment, &history, today, today),
        today_tasks: store.tasks_between(today, today)?,
        carried_tasks,
        worklist,
        today_notes: Note::of_days(&today_day_note, &today_time),
        week_notes: Note::of_days(&store.notes_between(from, to)?, &week_time),
        note: today_day_note.into_iter().next().map(|(_, text)| text),
        today_time,
        timer,
        week: week_plan(&roadmap, &enrollment, &statuses, shown_monday),
        shown: shown_week(&roadmap, &enrollment, &statuses, first),
        due_items: items,
        saved_review: store.review(shown_monday)?.unwrap_or_default(),
        carried_out: store.carry_overs(shown_monday)?,
        heat: if stats {
            heatmap_year(&history, enrollment.daily_minutes, today)
        } else {
            Vec::new()
        },
        trend: if stats {
            weekly_trend(&roadmap, &enrollment, &history, today, TREND_WEEKS)
        } else {
            Vec::new()
        },
        burn_up: if stats {
            burn_up(&roadmap, &enrollment, &statuses, today)
        } else {
            Vec::new()
        },
        review,
        week_tasks,
        week_time,
        statuses,
        roadmap,
        enrollment,
    }))
}
