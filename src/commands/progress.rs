//! `log` and `timer`: recording study time against the day's blocks.

use chrono::{Duration, NaiveDateTime};
use color_eyre::eyre::Result;

use super::active::ActivePlan;
use super::args::{MINUTES_PER_DAY, parse_minutes};
use super::session::day_arg;
use super::{Context, print};
use crate::plan::RunningTimer;
use crate::report::layout::{clean, long_date, minutes};

/// `studyplan log BLOCK DURATION [--on DATE] [--note TEXT]`.
pub fn log(ctx: &Context, block: &str, duration: &str, on: Option<&str>, note: Option<&str>) -> Result<()> {
    let logged = parse_minutes(duration)?;
    let day = day_arg(ctx, on)?;
    let mut store = ctx.open_store()?;
    let active = ActivePlan::load(&store)?;
    let block_id = active.block_id(block)?;
    let already: u32 = store.time_between(day, day)?.iter().map(|e| e.minutes).sum();
    if already.saturating_add(logged) > MINUTES_PER_DAY {
        crate::refuse!(
            "{} already has {} logged; {} more would pass 24 hours. Check the date (--on) and the duration",
            long_date(day),
            minutes(already),
            minutes(logged)
        );
    }
    let note = note.map(str::trim).filter(|n| !n.is_empty());
    store.log_time(day, &block_id, logged, note)?;
    print(&format!(
        "Logged {} on {} for {}; {} that day in all.\n",
        minutes(logged),
        clean(&block_id),
        long_date(day),
        minutes(already + logged)
    ))
}

/// `studyplan timer start BLOCK`.
pub fn timer_start(ctx: &Context, block: &str) -> Result<()> {
    let mut store = ctx.open_store()?;
    let active = ActivePlan::load(&store)?;
    let block_id = active.block_id(block)?;
    if let Some(running) = store.timer()? {
        crate::refuse!(
            "a timer is already running on {} since {}; stop it first with `studyplan timer stop` \
             (or `studyplan timer stop --discard`)",
            clean(&running.block),
            running.started_at.format("%Y-%m-%d %H:%M")
        );
    }
    store.start_timer(&block_id, ctx.clock.now)?;
    print(&format!(
        "Timer started on {} at {}. Stop it with `studyplan timer stop`.\n",
        clean(&block_id),
        ctx.clock.now.format("%H:%M")
    ))
}

/// A timer older than this is never logged without the learner's say (`--keep` / `--discard`).
pub const STALE_TIMER_HOURS: i64 = 24;

/// True when the timer has run longer than [`STALE_TIMER_HOURS`]: probably left running
/// by an app that was closed or killed.
pub fn is_stale(running: &RunningTimer, now: NaiveDateTime) -> bool {
    now - running.started_at > Duration::hours(STALE_TIMER_HOURS)
}

/// The line that tells the learner a timer was left running and what to do about it.
pub fn stale_notice(running: &RunningTimer, now: NaiveDateTime) -> String {
    let hours = (now - running.started_at).num_hours();
    format!(
        "A timer on {} was left running since {} ({hours} hours ago, perhaps studyplan was closed or killed). \
         Log its time with `studyplan timer stop --keep`, or drop it with `studyplan timer stop --discard`.\n",
        clean(&running.block),
        running.started_at.format("%Y-%m-%d %H:%M")
    )
}

/// `studyplan timer stop [--discard | --keep]`.
pub fn timer_stop(ctx: &Context, discard: bool, keep: bool) -> Result<()> {
    let mut store = ctx.open_store()?;
    let Some(running) = store.timer()? else {
        crate::refuse!("no timer is running; start one with `studyplan timer start BLOCK`");
    };
    if !discard && !keep && is_stale(&running, ctx.clock.now) {
        crate::refuse!(
            "nothing was logged. {}",
            stale_notice(&running, ctx.clock.now).trim_end()
        );
    }
    if ctx.clock.now < running.started_at {
        crate::refuse!(
            "the timer on {} started at {}, after now ({}); check --today / STUDYPLAN_TODAY, \
             or drop it with `studyplan timer stop --discard` without --today",
            clean(&running.block),
            running.started_at.format("%Y-%m-%d %H:%M"),
            ctx.clock.now.format("%Y-%m-%d %H:%M")
        );
    }
    let entries = store.stop_timer(ctx.clock.now, !discard)?;
    if discard {
        return print(&format!(
            "Timer on {} stopped; its time was dropped.\n",
            clean(&running.block)
        ));
    }
    let total: u32 = entries.iter().map(|e| e.minutes).sum();
    if total == 0 {
        return print(&format!(
            "Timer on {} stopped after less than a minute; nothing was logged.\n",
            clean(&running.block)
        ));
    }
    print(&format!(
        "Timer on {} stopped: logged {}.\n",
        clean(&running.block),
        minutes(total)
    ))
}

/// `studyplan timer status`.
pub fn timer_status(ctx: &Context) -> Result<()> {
    let store = ctx.open_store()?;
    match store.timer()? {
        None => print("No timer running.\n"),
        Some(running) if is_stale(&running, ctx.clock.now) => print(&stale_notice(&running, ctx.clock.now)),
        Some(running) => {
            let elapsed = (ctx.clock.now - running.started_at).num_minutes().max(0);
            print(&format!(
                "Timer on {}: {} since {}. Stop it with `studyplan timer stop` (logs the time) \
                 or `studyplan timer stop --discard`.\n",
                clean(&running.block),
                minutes(u32::try_from(elapsed).unwrap_or(u32::MAX)),
                running.started_at.format("%Y-%m-%d %H:%M")
            ))
        }
    }
}
