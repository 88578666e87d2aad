//! `start`, `today` and `week`: beginning a roadmap and reading the daily and weekly plan.

use chrono::NaiveDateTime;
use color_eyre::eyre::Result;

use super::args::week_monday;
use super::{Context, print, roadmaps};
use crate::plan::Enrollment;
use crate::plan::calendar::default_start;
use crate::report::layout::{clean, long_date, minutes};
use crate::report::today::{TodayInputs, TodayView};
use crate::report::week::WeekView;
use crate::report::{self};
use crate::study::active::{known_roadmap_ids, unknown_roadmap};
use crate::study::{Focus, Snapshot};

/// `studyplan start ROADMAP_ID [--on DATE] [--daily-minutes N] [--restart]`.
///
/// Starting the roadmap already followed moves its week 1, so it needs
/// `--restart`; a restart keeps the learner's daily budget unless a new one is given.
pub fn start(
    ctx: &Context,
    roadmap_id: &str,
    on: Option<&str>,
    daily_minutes: Option<u32>,
    restart: bool,
) -> Result<()> {
    // Check the arguments before anything is written.
    let on = on.map(crate::config::parse_date).transpose()?;
    if let Some(minutes) = daily_minutes.filter(|m| !crate::limits::is_daily_budget(*m)) {
        crate::refuse!(
            "--daily-minutes {minutes} is out of range: give {} minutes a day",
            crate::limits::daily_minutes_range()
        );
    }
    let mut store = ctx.open_store()?;
    let known = known_roadmap_ids(&store)?;
    let roadmap = if known.iter().any(|id| id == roadmap_id) {
        store.roadmap(roadmap_id)?
    } else if let Some((path, roadmap)) = roadmaps::user_roadmap(ctx, roadmap_id)? {
        // A file in the config folder's roadmaps/ can be started directly.
        store.import_roadmap(&roadmap, &path.display().to_string())?;
        roadmap
    } else {
        let mut all = known;
        all.extend(roadmaps::user_roadmap_ids(ctx));
        return Err(unknown_roadmap(roadmap_id, &all));
    };
    let start = on.unwrap_or_else(|| default_start(roadmap.suggested_start, ctx.clock.today));
    let previous = store.active_enrollment()?;
    let same = previous.as_ref().filter(|p| p.roadmap_id == roadmap.id);
    // Asked again for what is already so: nothing to restart.
    if let Some(current) = same
        && current.start == start
        && daily_minutes.is_none_or(|m| m == current.daily_minutes)
    {
        return print(&format!(
            "You already follow {} from {}; nothing changed. Next: `studyplan today`.\n",
            clean(&roadmap.id),
            long_date(current.start)
        ));
    }
    if let Some(current) = same
        && !restart
    {
        let logged: u32 = store
            .time_between(current.start, ctx.clock.today.max(current.start))?
            .iter()
            .map(|e| e.minutes)
            .sum();
        crate::refuse!(
            "you already follow {} since {} ({} logged). Starting it again makes {} the first day of week 1: \
             time logged before it falls outside the plan and every due date moves. To do that, add --restart; \
             to go on, run `studyplan today`",
            clean(&roadmap.id),
            long_date(current.start),
            minutes(logged),
            long_date(start)
        );
    }
    let enrollment = Enrollment {
        roadmap_id: roadmap.id.clone(),
        start,
        // A restart keeps the budget the learner chose.
        daily_minutes: daily_minutes
            .or(same.map(|current| current.daily_minutes))
            .unwrap_or_else(|| roadmap.daily_split().minutes),
        paused_weeks: Vec::new(),
    };
    store.start(&enrollment)?;
    if let Some(previous) = previous.filter(|p| p.roadmap_id != enrollment.roadmap_id) {
        print(&format!(
            "You were following {}; its progress stays in the database.\n",
            clean(&previous.roadmap_id)
        ))?;
    }
    print(&format!(
        "Started {} ({}) on {}: {}, last day {}, {} a day.\n",
        clean(&roadmap.title),
        clean(&roadmap.id),
        long_date(start),
        roadmap.length_words(),
        long_date(crate::plan::span::planned_finish(&roadmap, &enrollment)),
        minutes(enrollment.daily_minutes)
    ))?;
    // A dated roadmap starts on its own date unasked, even long past: say so, and how to start now.
    let this_monday = crate::plan::monday_of(ctx.clock.today);
    let weeks_ago = (this_monday - crate::plan::monday_of(start)).num_weeks();
    if on.is_none() && weeks_ago > 0 {
        print(&format!(
            "That is the roadmap's own date, {weeks_ago} {} ago, so the plan starts behind; to follow it \
             from this week: `studyplan start {} --on {this_monday}`.\n",
            if weeks_ago == 1 { "week" } else { "weeks" },
            clean(&roadmap.id)
        ))?;
    }
    print("Next: `studyplan today` or `studyplan week`.\n")
}

/// `studyplan today [--json]`: the Today screen's snapshot, printed.
pub fn today(ctx: &Context, json: bool) -> Result<()> {
    let store = ctx.open_store()?;
    let today = ctx.clock.today;
    let snap = crate::study::load_started(&store, Focus::today(today))?;
    let view = today_view(&snap, ctx.clock.now);
    if json {
        return print(&report::to_json(&view)?);
    }
    let mut text = view.to_text();
    // A timer left by a closed or killed app: say so, and how to keep or drop its time.
    match &snap.timer {
        Some(timer) if timer.reading(ctx.clock.now).stale => {
            text.push_str(&super::progress::stale_notice(&timer.running, ctx.clock.now));
        }
        Some(_) => {
            text.push_str("Stop it with `studyplan timer stop` (logs the time) or `studyplan timer stop --discard`.\n")
        }
        None => {}
    }
    print(&text)
}

/// What `studyplan today` prints, from the snapshot the Today screen draws.
pub fn today_view(snap: &Snapshot, now: NaiveDateTime) -> TodayView {
    let late = snap.late_today();
    let warning = snap.budget_warning();
    TodayView::build(TodayInputs {
        roadmap: &snap.roadmap,
        day: &snap.today,
        pace: snap.pace_or_not_started(),
        streak: snap.streak,
        budget_warning: warning.as_deref(),
        entries: &snap.today_time,
        tasks: &snap.today_tasks,
        carried: &snap.carried_tasks,
        late: &late,
        timer: snap.timer.as_ref(),
        notes: &snap.today_notes,
        now,
    })
}

/// What `studyplan week` prints: the snapshot's plan week, Monday to Sunday.
pub fn week_view(snap: &Snapshot) -> WeekView {
    let mut view = WeekView::build(
        &snap.roadmap,
        &snap.week,
        &snap.tasks_of_plan_week(),
        &snap.time_of_plan_week(),
    );
    // Before the start, count the days from today, as `today` does, not from the week's Monday.
    if view.week.status == "before_start" && matches!(snap.today.position, crate::plan::Position::BeforeStart { .. }) {
        view.week = crate::report::parts::WeekRef::of(snap.today.position, snap.today.date);
    }
    view
}

/// `studyplan week [--week W | --date D] [--json]`: always a whole ISO week,
/// Monday to Sunday, as `--week 2026-W48` names it and as its deliverables,
/// recurring tasks and checkpoint fall; `week_start` in the config file only
/// moves the TUI Week screen's first column.
pub fn week(ctx: &Context, week: Option<&str>, date: Option<&str>, next: bool, json: bool) -> Result<()> {
    let monday = week_monday(week, date, ctx.clock.today)?;
    let monday = if next {
        crate::plan::calendar::add_days(monday, 7)
    } else {
        monday
    };
    let store = ctx.open_store()?;
    let snap = crate::study::load_started(&store, Focus::week(ctx.clock.today, monday))?;
    let view = week_view(&snap);
    print(&if json { report::to_json(&view)? } else { view.to_text() })
}
